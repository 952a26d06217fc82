import type { Page } from 'playwright-core';

/** The phone the browser tests hold the field pages to: 390 × 844 CSS pixels (an iPhone 12–15). */
export const phoneViewport = { width: 390, height: 844 } as const;

/**
 * What on the page is wider than the screen, in words a failing test can show: the document
 * scrolling sideways (its scrollWidth past the viewport), and every visible element whose right edge
 * lies past the viewport's, unless a box of its own between it and the page scrolls sideways and
 * that box itself ends within the screen (a table scrolling in its card, antd's row of tabs). A box
 * that merely clips (overflow hidden) does not excuse it: the user could not reach what it cuts off.
 * The page itself (html, body, the <main> that holds the page) does not count as such a box: hiding
 * the overflow there would hide the problem, not solve it. Empty when everything fits.
 */
export async function overflowOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    // The layout viewport without a classic scrollbar: what the page may use without scrolling sideways.
    const screen = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > screen) problems.push(`the document is ${root.scrollWidth} px wide on a ${screen} px screen`);

    const describe = (element: Element): string => {
      const id = element.getAttribute('data-testid');
      const classes = Array.from(element.classList).slice(0, 3).join('.');
      const text = ((element as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${classes ? ` .${classes}` : ''}>${text ? ` “${text}”` : ''}`;
    };
    // Seen by the user: laid out, not hidden, and neither it nor a box around it transparent
    // (antd keeps an InputNumber's arrows at opacity 0 until the pointer is over it).
    const visible = (element: Element, rect: DOMRect): boolean =>
      rect.width > 0 && rect.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    // The page's own boxes (html, body, the <main> holding the page and what holds it) clipping
    // sideways would cut the page off at the edge: they are not a box of the element's own.
    const main = document.querySelector('main');
    const pageBox = (box: Element) => box === document.body || box === root || (main !== null && box.contains(main));
    // A box that scrolls sideways lets the user reach what runs past its edge; one that only clips it
    // cuts it off (a tag cut mid-word), except antd's tab bar, which scrolls its tabs by swiping
    // and shows the rest in its "…" menu.
    const scrollsSideways = (box: Element) => ['auto', 'scroll'].includes(getComputedStyle(box).overflowX) || box.classList.contains('ant-tabs-nav-wrap');
    /** Some box of its own between the element and the page scrolls sideways, and fits on the screen itself. */
    const containedSideways = (element: Element): boolean => {
      for (let box = element.parentElement; box && !pageBox(box); box = box.parentElement) {
        if (!scrollsSideways(box)) continue;
        if (box.getBoundingClientRect().right <= screen + 0.5) return true;
      }
      return false;
    };

    const reported = new Set<Element>();
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= screen + 0.5 || !visible(element, rect)) continue;
      if (containedSideways(element)) continue;
      // Name the outermost offender only: its children overflow with it.
      if (element.parentElement && reported.has(element.parentElement)) {
        reported.add(element);
        continue;
      }
      reported.add(element);
      problems.push(`${describe(element)} ends at ${Math.round(rect.right)} px`);
    }
    return problems;
  });
}
