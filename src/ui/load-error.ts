// A failed or corrupt load: say what failed, draw no half map, offer a retry.
import { h } from './dom';

export interface LoadErrorText {
  title: string;
  retry: string;
  loading: string;
}

export function showLoadError(el: HTMLElement, text: LoadErrorText, details: string[], retry: () => void): void {
  const button = h('button', { type: 'button', class: 'zoom' }, text.retry);
  button.addEventListener('click', () => {
    el.replaceChildren(h('p', { class: 'loading' }, text.loading));
    retry();
  });
  el.replaceChildren(
    h(
      'div',
      { class: 'error', role: 'alert' },
      h('h2', {}, text.title),
      h('ul', {}, ...details.map((d) => h('li', {}, d))),
      button,
    ),
  );
  button.focus();
}
