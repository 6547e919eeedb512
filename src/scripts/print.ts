/**
 * Print buttons (`<button data-print hidden>`): shown only once this script runs, since they
 * need it, and wired to the browser's own print dialog. An inline handler would break the CSP.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
