import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn in the browser as SVG (sharp on screen and on paper). Black on white with a
 * quiet zone: what every scanner reads, whatever the brand colour.
 */
export function QrCode({ value, label, size }: { value: string; label: string; size: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setSrc(null);
      });
    return () => {
      live = false;
    };
  }, [value]);
  return (
    <div className="qr" style={{ width: size, height: size }}>
      {src && <img src={src} alt={label} width="100%" height="100%" />}
    </div>
  );
}
