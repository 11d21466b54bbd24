import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The QR code of `value` as an SVG data URL, or null if it cannot be drawn. */
function qrDataUrl(value: string): string | null {
  let url: string | null = null;
  // With a callback the library draws at once (its promise form only defers the answer): the
  // code is in the first render, not one effect and one render later — on a phone's slow CPU,
  // that is frames before the card shows.
  QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }, (error, svg) => {
    url = error ? null : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  return url;
}

/**
 * A QR code drawn in the browser as SVG (sharp on screen and on paper). Black on white with a
 * quiet zone: what every scanner reads, whatever the brand colour.
 */
export function QrCode({ value, label, size }: { value: string; label: string; size: string }) {
  const src = useMemo(() => qrDataUrl(value), [value]);
  return (
    <div className="qr" style={{ width: size, height: size }}>
      {src && <img src={src} alt={label} width="100%" height="100%" />}
    </div>
  );
}
