/**
 * Keyboard access: the skip link is the first stop of the Tab key and moves the focus to the
 * content. (The axe-core scan of every view is not on main yet: it finds label-in-name and
 * contrast violations in the newer chart views that are still to be fixed.)
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

test('the skip link is the first Tab stop and moves the focus to the content', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  // The first element the Tab key reaches from the top of the page (the app itself may have moved
  // the focus after loading, e.g. to the open tab's panel, so this is read off the document).
  const first = await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]',
    );
    return [...all].find((e) => e.tabIndex >= 0 && !e.hasAttribute('disabled'))?.textContent;
  });
  expect(first).toBe('Hopp til innholdet');
  const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  // The address keeps the app's state (no "#content" in it).
  expect(page.url()).not.toContain('#content');
});
