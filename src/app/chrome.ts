// The page around the panel and the map: titles, the skip link, the language
// switch (one button per other language), the side panel's accessible name, the
// document title and the screen-reader announcement of each new view.
// mountChrome(...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import { LANGS, type Lang } from '../core/languages';
import { sameRoute } from '../core/url-state';
import { announcement } from '../core/view-effects';
import { strings } from '../i18n';
import { h } from '../ui/dom';

export interface ChromeDeps {
  store: Store<AppState>;
  view(state: AppState): View;
  projectCount: number;
  switchLanguage(lang: Lang): void;
}

const byId = (id: string) => document.getElementById(id);

export function mountChrome(deps: ChromeDeps): () => void {
  const { store } = deps;
  const switcher = byId('lang-switch');

  const syncLanguage = (s: AppState) => {
    const t = strings[s.lang];
    document.documentElement.lang = t.locale;
    byId('app-title')!.textContent = t.appTitle;
    byId('app-subtitle')!.textContent = t.appSubtitle(deps.projectCount);
    byId('skip-link')!.textContent = t.skipToPanel;
    byId('panel')?.setAttribute('aria-label', t.panelLabel);
    switcher?.setAttribute('aria-label', t.langSwitchLabel);
    switcher?.replaceChildren(
      ...LANGS.filter((l) => l !== s.lang).map((l) => {
        const b = h(
          'button',
          {
            type: 'button',
            class: 'lang-switch',
            lang: strings[l].locale,
            'data-lang': l,
            'aria-label': strings[l].switchTo,
          },
          strings[l].langName,
        );
        b.addEventListener('click', () => deps.switchLanguage(l));
        return b;
      }),
    );
  };

  const announce = (s: AppState) => {
    const said = announcement(deps.view(s), strings[s.lang]);
    byId('live')!.textContent = said.live;
    document.title = said.title;
  };

  // On the build's prerendered switch (src/prerender/), a keyboard user may be on it already.
  const onSwitch = switcher?.contains(document.activeElement) ?? false;
  syncLanguage(store.get());
  if (onSwitch) switcher?.querySelector<HTMLElement>('button')?.focus();
  document.title = announcement(deps.view(store.get()), strings[store.get().lang]).title;
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      // Keep the keyboard on the switch: it was just used.
      const hadFocus = switcher?.contains(document.activeElement);
      syncLanguage(s);
      if (hadFocus) switcher?.querySelector<HTMLElement>('button')?.focus();
    }
    if (!sameRoute(s.route, prev.route)) announce(s);
  });
  return () => {
    unsubscribe();
    switcher?.replaceChildren();
  };
}
