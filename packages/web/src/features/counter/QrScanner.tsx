import { useEffect, useRef, useState } from 'react';
import { useCounterText } from './use-counter-text.ts';

type Detected = { rawValue: string }[];
type DetectorClass = new (options: {
  formats: string[];
}) => {
  detect(source: CanvasImageSource): Promise<Detected>;
};

/**
 * Reads a QR code from the camera: the browser's BarcodeDetector when it has one, else jsQR
 * on video frames (loaded only when needed). Calls `onRead` once with the text.
 */
export function QrScanner({ onRead }: { onRead(text: string): void }) {
  const { t } = useCounterText();
  const video = useRef<HTMLVideoElement>(null);
  const [failure, setFailure] = useState<'denied' | 'missing' | null>(null);
  const done = useRef(onRead);
  done.current = onRead;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setFailure('missing');
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        return setFailure(
          name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'missing',
        );
      }
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play().catch(() => {});
      const read = await frameReader();
      const tick = async () => {
        if (stopped || !video.current) return;
        const text = await read(video.current).catch(() => null);
        if (text && !stopped) {
          stopped = true;
          done.current(text);
          return;
        }
        timer = window.setTimeout(tick, 120);
      };
      void tick();
    };
    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (failure) {
    return (
      <div className="alert warn" role="alert">
        {t(failure === 'denied' ? 'cameraDenied' : 'cameraMissing')}
      </div>
    );
  }
  return (
    <div className="counter-scanner">
      <video ref={video} muted playsInline aria-label={t('scanHelp')} />
      <p className="muted small">{t('scanHelp')}</p>
    </div>
  );
}

async function frameReader(): Promise<(v: HTMLVideoElement) => Promise<string | null>> {
  const Detector = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (v) => (await detector.detect(v))[0]?.rawValue ?? null;
  }
  const jsQR = callable(await import('jsqr'));
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (v) => {
    if (!context || v.videoWidth === 0) return null;
    const scale = Math.min(1, 640 / v.videoWidth);
    canvas.width = Math.round(v.videoWidth * scale);
    canvas.height = Math.round(v.videoHeight * scale);
    context.drawImage(v, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height)?.data ?? null;
  };
}

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** jsQR is CommonJS: depending on the bundler's interop the function sits one or two `default`s deep. */
function callable(module: unknown): JsQr {
  let candidate = module;
  for (let depth = 0; depth < 3 && typeof candidate !== 'function'; depth++)
    candidate = (candidate as { default?: unknown }).default;
  return candidate as JsQr;
}
