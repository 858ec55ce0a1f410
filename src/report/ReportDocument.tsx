/**
 * The regenerated chapter as one React tree: title, the synthetic-data note, five sections each
 * with its sentences and figure, and the data source lines. Props in, markup out, so the page
 * shows it (with selection wired in) and the CLI writes it with renderToStaticMarkup. Every name
 * is a React text child or attribute, never markup.
 */
import type { ReactNode } from 'react';
import type { ClusterId } from '../domain/membership/types';
import type { ReportModel, ReportSection } from '../domain/report/report-model';
import { BarFigure } from './BarFigure';
import type { OnSelect } from './chart-kit';
import { MatrixFigure } from './MatrixFigure';
import { NetworkFigure } from './NetworkFigure';
import { REPORT_CSS } from './report-styles';
import { StackedFigure } from './StackedFigure';

export interface ReportDocumentProps {
  readonly report: ReportModel;
  readonly selected?: ReadonlySet<ClusterId>;
  readonly onSelect?: OnSelect<ClusterId>;
  /** Put the stylesheet in a <style> element (the CLI's file carries it in its <head>). */
  readonly withStyle?: boolean;
}

export function ReportDocument({
  report,
  selected,
  onSelect,
  withStyle = true,
}: ReportDocumentProps) {
  const { figures: f, lang } = report;
  const common = { lang, ...(selected ? { selected } : {}), ...(onSelect ? { onSelect } : {}) };
  const figureOf: Record<
    ReportSection['id'],
    { node: ReactNode; caption: string; note?: string | null }
  > = {
    sizes: {
      caption: f.f1.title,
      node: <BarFigure bars={f.f1.bars} title={f.f1.title} desc={f.f1.desc} {...common} />,
    },
    types: {
      caption: f.f2.title,
      node: (
        <StackedFigure
          figure="3-2"
          series={f.f2.series}
          rows={f.f2.rows}
          title={f.f2.title}
          desc={f.f2.desc}
          {...common}
        />
      ),
    },
    overlap: {
      caption: f.f3.title,
      note: f.f3.note,
      node: (
        <NetworkFigure
          nodes={f.f3.nodes}
          edges={f.f3.edges}
          title={f.f3.title}
          desc={f.f3.desc}
          {...common}
        />
      ),
    },
    geo: {
      caption: f.f4.title,
      node: (
        <StackedFigure
          figure="3-4"
          series={f.f4.series}
          rows={f.f4.rows}
          title={f.f4.title}
          desc={f.f4.desc}
          shares
          {...common}
        />
      ),
    },
    links: {
      caption: f.f5.title,
      note: f.f5.note,
      node: (
        <MatrixFigure
          rows={f.f5.rows}
          columns={f.f5.columns}
          values={f.f5.values}
          corner={f.f5.corner}
          title={f.f5.title}
          desc={f.f5.desc}
          lang={lang}
        />
      ),
    },
  };
  return (
    <article
      className="report-document"
      lang={lang === 'nb' ? 'nb' : 'en'}
      data-testid="report-document"
    >
      {withStyle && <style>{REPORT_CSS}</style>}
      <header>
        <h1>{report.title}</h1>
        <p className="report-subtitle">{report.subtitle}</p>
        {report.syntheticNote && (
          <p className="report-note" role="note" data-testid="report-synthetic">
            {report.syntheticNote}
          </p>
        )}
      </header>
      {report.sections.map((section) => {
        const figure = figureOf[section.id];
        return (
          <section
            key={section.id}
            className="report-section"
            aria-labelledby={`report-h-${section.id}`}
            data-section={section.id}
          >
            <h2 id={`report-h-${section.id}`}>{section.heading}</h2>
            {section.sentences.map((sentence, i) => (
              <p key={i} data-testid={`report-sentence-${section.id}-${i}`}>
                {sentence}
              </p>
            ))}
            <figure>
              {figure.node}
              <figcaption>{figure.caption}</figcaption>
              {figure.note && <p className="report-figure-note">{figure.note}</p>}
            </figure>
          </section>
        );
      })}
      <footer className="report-source" data-testid="report-source">
        {report.sourceLines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </footer>
    </article>
  );
}
