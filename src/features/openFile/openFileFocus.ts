/**
 * Focus asked for "Open a file" when what held it went (Cancel, Close the file, Dismiss; Back or
 * Forward to another timeline). It is given in a layout effect of the commit that changed the page
 * (settleOpenFileFocus), before the page is painted, so that it is never on <body> in between,
 * where a keyboard or screen-reader reader loses their place. The view then shown may not have the
 * button yet (the address's dataset still loading after Cancel on a reload's restore; a file looked
 * for after Back or Forward): its loading state, or the page's heading while the file is looked for,
 * marked data-focus-stand-in, holds focus meanwhile, and the button takes it when mounted (or the
 * file's notice, found and shown, takes it itself). An embed has no such button: its view's
 * heading, marked data-takes-focus, takes it (after Retry).
 */
let wanted = false;

export function focusOpenFileButton(): void {
  wanted = true;
}

/** Gives focus as asked, unless the reader has put it somewhere else since. */
export function settleOpenFileFocus(): void {
  if (!wanted) return;
  const active = document.activeElement;
  if (active && active !== document.body && !active.hasAttribute('data-focus-stand-in')) {
    wanted = false;
    return;
  }
  const button = document.querySelector<HTMLElement>('[data-open-file-button],[data-takes-focus]');
  if (button) wanted = false;
  (button ?? document.querySelector<HTMLElement>('[data-focus-stand-in]'))?.focus();
}
