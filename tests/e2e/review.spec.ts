/**
 * Reviewing possible duplicates in the browser: two small lists with a typo, two abbreviations
 * and one organisation written on two rows (tests/fixtures/e2e-review). A proposal is merged and
 * undone (button and Ctrl+Z), kept apart, merged in bulk above a score, and a row is split out.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { savedWorkspaces } from './workspace-storage';

const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(new URL(`../fixtures/e2e-review/${name}`, import.meta.url)),
});
const FILES = [fixture('Nordklyngen.csv'), fixture('Sorklyngen.csv')];
/** Organisations before any decision: 10 rows, Sintef written twice with one number. */
const ORGANISATIONS = 10;

async function loadFixtures(page: Page) {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles(FILES);
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
}

/** Decision counts of the stored workspaces, so a reload waits for the save. */
const savedDecisions = async (page: Page) =>
  (await savedWorkspaces(page)).map((w) => w.decisions.length);

const organisations = (page: Page) => page.getByTestId('stat-organisations').locator('.stat-value');
const review = (page: Page) => page.getByTestId('review-panel');
const changes = (page: Page) => page.getByTestId('changes-panel');
const proposal = (page: Page, a: string, b: string) =>
  review(page).getByRole('listitem', { name: `«${a}» og «${b}»` });

test('a proposal is shown, merging it removes one organisation, undo brings it back', async ({
  page,
}) => {
  await loadFixtures(page);
  await openTab(page, 'Duplikater');
  await expect(page.getByTestId('review-count')).toHaveText('3');
  const nordlys = proposal(page, 'Nordlys Teknologi AS', 'Nordlys Teknolgi');
  await expect(nordlys).toContainText('Nesten likt navn (skrivefeil?)');
  await expect(nordlys).toContainText('923 609 016');
  await expect(nordlys).toContainText('uten org.nr.');
  await expect(nordlys).toContainText('Klynger: Nordklyngen');
  await expect(nordlys).toContainText('Klynger: Sorklyngen');

  await nordlys.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 1));
  await expect(nordlys).toHaveCount(0);
  await expect(page.getByTestId('review-count')).toHaveText('2');
  await expect(changes(page).getByRole('listitem')).toHaveText([
    /Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»/,
  ]);

  await page.getByRole('button', { name: 'Angre siste' }).click();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
  await expect(nordlys).toHaveCount(1);
  await expect(changes(page)).toContainText('Ingen endringer ennå');

  // Again, and undo with Ctrl+Z from the page (not from a text field).
  await nordlys.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 1));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
  await expect(nordlys).toHaveCount(1);
});

test('Ctrl+Z in a search field is the field’s own undo, not a decision undo', async ({ page }) => {
  await loadFixtures(page);
  await openTab(page, 'Duplikater');
  const nordlys = proposal(page, 'Nordlys Teknologi AS', 'Nordlys Teknolgi');
  await nordlys.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 1));
  const search = review(page).getByRole('searchbox');
  await search.fill('fjord');
  await search.press('Control+z');
  await expect(changes(page).getByRole('listitem')).toHaveCount(1);
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 1));
});

test('keeping a pair apart removes the proposal and is listed as a change', async ({ page }) => {
  await loadFixtures(page);
  await openTab(page, 'Duplikater');
  const fjordvik = proposal(page, 'Fjordvik Teknologi Consulting', 'Fjordvik Tekn. Consulting');
  await fjordvik.getByRole('button', { name: 'Hold adskilt' }).click();
  await expect(fjordvik).toHaveCount(0);
  await expect(page.getByTestId('review-count')).toHaveText('2');
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
  await expect(changes(page).getByRole('listitem')).toHaveText([
    /Holdt «Fjordvik Teknologi Consulting» og «Fjordvik Tekn\. Consulting» adskilt/,
  ]);
  // Undoing it by its own button brings the proposal back.
  await changes(page)
    .getByRole('button', { name: /^Angre: Holdt/ })
    .click();
  await expect(fjordvik).toHaveCount(1);
});

test('merge all above a score asks first, then merges only those pairs', async ({ page }) => {
  await loadFixtures(page);
  await openTab(page, 'Duplikater');
  const bulk = page.getByTestId('bulk-merge');
  await bulk.getByRole('spinbutton').fill('0.88');
  await expect(page.getByTestId('bulk-count')).toHaveText(
    '2 forslag har likhet 0,88 eller høyere.',
  );
  await bulk.getByRole('button', { name: 'Slå sammen alle 2' }).click();
  // Nothing happens before the confirmation.
  await expect(bulk.getByRole('alertdialog')).toContainText('Slå sammen 2 par?');
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
  await bulk.getByRole('button', { name: 'Ja, slå sammen' }).click();

  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 2));
  await expect(page.getByTestId('review-count')).toHaveText('1');
  await expect(proposal(page, 'Nordlys Teknologi AS', 'Nordlys Teknolgi')).toHaveCount(1);
  await expect(changes(page).getByRole('listitem')).toHaveCount(2);
});

test('a row is split out of an organisation written on two rows, and merged back by undo', async ({
  page,
}) => {
  await loadFixtures(page);
  await page.getByTestId('metrics-table').getByRole('button', { name: 'Sorklyngen' }).click();
  // The split is in the organisation's details, behind a labelled control, not in the list.
  await expect(page.getByTestId('member-list').getByTestId('split-rows')).toHaveCount(0);
  await page
    .getByTestId('member-list')
    .getByRole('button', { name: /^Sintef/i })
    .click();
  await page.getByTestId('org-fix').getByText('Rett opp sammenslåinger …').click();
  const rows = page.getByTestId('org-fix').getByTestId('split-rows');
  await expect(rows).toHaveCount(1);
  await rows.getByText('2 rader').click();
  await expect(rows.getByRole('listitem')).toHaveText([
    /^Nordklyngen\.csv, rad 4: Sintef AS\s*Skill ut$/,
    /^Sorklyngen\.csv, rad 4: SINTEF\s*Skill ut$/,
  ]);
  await rows
    .getByRole('button', { name: 'Skill ut rad 4 i Sorklyngen.csv som egen organisasjon' })
    .click();

  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS + 1));
  await expect(page.getByTestId('org-fix').getByTestId('split-rows')).toHaveCount(0);
  await openTab(page, 'Duplikater');
  await expect(changes(page).getByRole('listitem')).toHaveText([
    /Skilte ut rad 4 i Sorklyngen\.csv \(«SINTEF»\)/,
  ]);
  await page.getByRole('button', { name: 'Angre siste' }).click();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS));
});

test('decisions are kept with the workspace: after a reload they still apply and read the same', async ({
  page,
}) => {
  await loadFixtures(page);
  await openTab(page, 'Duplikater');
  await proposal(page, 'Nordlys Teknologi AS', 'Nordlys Teknolgi')
    .getByRole('button', { name: 'Slå sammen' })
    .click();
  await proposal(page, 'Fjordvik Teknologi Consulting', 'Fjordvik Tekn. Consulting')
    .getByRole('button', { name: 'Hold adskilt' })
    .click();
  await expect(changes(page).getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => savedDecisions(page)).toEqual([2]);

  await page.reload();
  await expect(organisations(page)).toHaveText(nb(ORGANISATIONS - 1));
  // The reload keeps the open tab (it is in the URL).
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Duplikater/);
  // Newest first; the merged-away organisation is named from the spellings kept in the dataset.
  await expect(changes(page).getByRole('listitem')).toHaveText([
    /Holdt «Fjordvik Teknologi Consulting» og «Fjordvik Tekn\. Consulting» adskilt/,
    /Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»/,
  ]);
  await expect(page.getByTestId('review-count')).toHaveText('1');
  await page.getByRole('button', { name: 'Angre siste' }).click();
  await expect(page.getByTestId('review-count')).toHaveText('2');
});
