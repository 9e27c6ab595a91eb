import type { Page } from '@playwright/test';

/** Selects `phrase` in the reader as a user's drag would, and lets the reader see the selection end. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  // The reader draws its blocks once it has measured its scroll area; wait for the phrase to be on screen.
  await page.waitForFunction((needle) => [...document.querySelectorAll('.reader .block-text')].some((b) => b.textContent?.includes(needle)), phrase);
  const found = await page.evaluate((needle) => {
    const blocks = [...document.querySelectorAll<HTMLElement>('.reader .block-text')];
    for (const block of blocks) {
      const full = block.textContent ?? '';
      const at = full.indexOf(needle);
      if (at < 0) continue;
      block.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let startSet = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (!startSet && at < seen + len) {
          range.setStart(node, at - seen);
          startSet = true;
        }
        if (startSet && at + needle.length <= seen + len) {
          range.setEnd(node, at + needle.length - seen);
          break;
        }
        seen += len;
      }
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      block.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`“${phrase}” is not shown in the reader`);
}

/**
 * The gaps (or overlaps, negative) in pixels between each drawn row and the next one, where they reach a pixel: rows
 * are placed at whole pixels from sizes rounded to whole pixels, so a row 120.5 px tall leaves half a pixel.
 */
export async function gapsBetweenRows(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((rows) => {
    const boxes = rows.map((r) => r.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    return boxes.slice(1).map((b, i) => b.top - boxes[i]!.bottom).filter((gap) => Math.abs(gap) >= 1).map((gap) => Math.round(gap * 10) / 10);
  });
}
