// Image, print and embed actions at the foot of the panel.
import type { Lang } from '../core/types';
import { strings } from '../i18n';
import { h } from './dom';

export interface ShareHandlers {
  downloadImage(): Promise<void>;
  print(): Promise<void>;
  embedCode(): string;
}

export function renderShareActions(lang: Lang, handlers: ShareHandlers): HTMLElement {
  const t = strings[lang];
  const status = h('p', { class: 'share-status', role: 'status' });
  const button = (label: string, action: () => Promise<void> | void, id: string) => {
    const b = h('button', { type: 'button', class: 'zoom', id });
    b.textContent = label;
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await action();
      } catch (e) {
        status.textContent = `${t.actionFailed} ${e instanceof Error ? e.message : ''}`;
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  const code = h('textarea', {
    class: 'embed-code',
    readonly: true,
    rows: '3',
    hidden: true,
    'aria-label': t.embedCodeLabel,
  });
  const copy = async () => {
    code.value = handlers.embedCode();
    code.hidden = false;
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = t.embedCopied;
    } catch {
      status.textContent = t.embedSelectToCopy; // clipboard refused (e.g. plain http)
    }
  };
  return h(
    'div',
    { class: 'share-actions' },
    button(t.downloadImage, handlers.downloadImage, 'download-image'),
    button(t.print, handlers.print, 'print'),
    button(t.copyEmbed, copy, 'copy-embed'),
    code,
    status,
  );
}
