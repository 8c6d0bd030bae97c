// "Use my location": asks the browser only when the button is clicked, looks the
// position up in the app's own boundaries and never sends or stores it.
import type { GeoData } from '../core/geo-data';
import { municipalityAt } from '../core/answer';
import type { Strings } from '../i18n';

export function locate(
  geo: GeoData,
  t: () => Strings,
  say: (message: string) => void,
  onFound: (code: string, position: [number, number]) => void,
): void {
  if (!('geolocation' in navigator)) {
    say(t().locateUnavailable);
    return;
  }
  say(t().locating);
  navigator.geolocation.getCurrentPosition(
    (pos) => {
      const position: [number, number] = [pos.coords.longitude, pos.coords.latitude];
      const code = municipalityAt(geo, position);
      if (code) onFound(code, position);
      else say(t().locateOutside);
    },
    (err) =>
      say(
        err.code === err.PERMISSION_DENIED
          ? t().locateDenied
          : err.code === err.TIMEOUT
            ? t().locateTimeout
            : t().locateUnavailable,
      ),
    { timeout: 10_000, maximumAge: 60_000, enableHighAccuracy: false },
  );
}
