import { useLayoutEffect, type RefObject } from 'react';

/**
 * While `active`, everything on the page but `ref`'s element is inert (it takes no focus and no
 * clicks, and screen readers do not read it): the siblings of the element and of each of its
 * ancestors up to <body>, and whatever is added beside them meanwhile. For an overlay that covers
 * the page. Elements that were inert already are left as they were. A layout effect: the page is
 * usable again in the same commit that removes the overlay, before focus is moved back into it.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const made: Element[] = [];
    const mark = (node: Node) => {
      if (!(node instanceof HTMLElement) || node.hasAttribute('inert') || node.contains(el)) return;
      node.setAttribute('inert', '');
      made.push(node);
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach(mark);
    });
    for (let node: HTMLElement = el; node !== document.body && node.parentElement; node = node.parentElement) {
      for (const sibling of node.parentElement.children) if (sibling !== node) mark(sibling);
      observer.observe(node.parentElement, { childList: true });
    }
    return () => {
      observer.disconnect();
      for (const node of made) node.removeAttribute('inert');
    };
  }, [ref, active]);
}
