/**
 * Renders a component to HTML in Node (react-dom/server, no DOM) inside the i18n provider, and
 * reads it back as text or as the attributes of its elements: enough to check what a presentational
 * component shows for given props. Clicks are for the browser tests.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import type { Language } from '../../../src/ui/i18n/language';

export function render<P extends object>(
  component: FunctionComponent<P>,
  props: P,
  lang: Language = 'nb',
): string {
  return renderToStaticMarkup(
    createElement(I18nProvider, { lang, children: createElement(component, props) }),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** The visible text, with each element boundary as one space. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every element with this tag, in order. */
export function textsOf(html: string, tag: string): string[] {
  const found: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) found.push(textOf(m[1]!));
  return found;
}

/** One attribute of every element with this tag that has it, in order. */
export function attributesOf(html: string, tag: string, attribute: string): string[] {
  const found: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) found.push(decode(m[1]!));
  return found;
}
