/**
 * The search box's bootstrap, on every page: shows the box (hidden for browsers without
 * JavaScript) and loads the search itself (search-ui.ts, its own file) only once the box is
 * focused or typed in, so a page that is only read loads no more than this.
 */
const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  form.hidden = false;
  let started: Promise<void> | undefined;
  const start = () => (started ??= import('./search-ui.ts').then((ui) => ui.attach(form)));
  const input = form.querySelector('input');
  input?.addEventListener('focus', () => void start(), { once: true });
  input?.addEventListener('input', () => void start(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start();
  });
}
