// "Dia op het andere scherm": where the browser offers the Window Management API
// (Chromium), the slide goes full screen on the screen that is not the
// laptop's, the projector first. Elsewhere the presenter drags the window, and
// the button is not offered.
import { otherScreen, type ScreenInfo } from '../../core/console-notes';

interface ScreenDetails {
  screens: (ScreenInfo & Screen)[];
  currentScreen: ScreenInfo;
}
type WindowWithScreens = Window & { getScreenDetails?: () => Promise<ScreenDetails> };

export interface OtherScreenWords {
  noOtherScreen: string;
  otherScreenRefused: string;
}

/** The mover, or undefined where the API is missing. It resolves with what to tell the presenter, or null when the slide moved. */
export function slideMover(words: () => OtherScreenWords): (() => Promise<string | null>) | undefined {
  const w = window as WindowWithScreens;
  if (typeof w.getScreenDetails !== 'function') return undefined;
  return async () => {
    try {
      const details = await w.getScreenDetails!();
      const target = otherScreen(details.screens, details.currentScreen);
      if (!target) return words().noOtherScreen;
      await document.documentElement.requestFullscreen({ screen: target } as FullscreenOptions);
      return null;
    } catch {
      return words().otherScreenRefused;
    }
  };
}
