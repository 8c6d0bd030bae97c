// A message over the map that names what went wrong and offers to try again (the
// map's code did not arrive: offline, or a new version on the server), never a
// silent gap. showMapMessage(container, text, retryLabel, retry).
import { h } from './dom';

export function showMapMessage(container: HTMLElement, text: string, retryLabel: string, retry: () => void): void {
  const button = h('button', { type: 'button', class: 'zoom' }, retryLabel);
  const message = h('div', { class: 'map-message', role: 'alert' }, h('p', {}, text), button);
  button.addEventListener('click', () => {
    message.remove();
    retry();
  });
  container.append(message);
}
