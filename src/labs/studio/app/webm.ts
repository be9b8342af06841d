/**
 * Records a run as WebM: replays a lane's recorded frames onto a canvas (state image, step and
 * energy) and captures it with MediaRecorder. Checks support first and says so when it is missing.
 */
import type { LiveLane } from './live';

const PX = 10;
const FPS = 20;

export function webmSupport(): string | null {
  if (typeof MediaRecorder === 'undefined')
    return 'this browser cannot record video (no MediaRecorder)';
  const c = document.createElement('canvas');
  if (typeof c.captureStream !== 'function') return 'this browser cannot record a canvas';
  if (!MediaRecorder.isTypeSupported('video/webm')) return 'this browser cannot record WebM video';
  return null;
}

function drawFrame(ctx: CanvasRenderingContext2D, lane: LiveLane, i: number): void {
  const f = lane.history.frames[i];
  const side = lane.side;
  const img = ctx.createImageData(side, side);
  for (let p = 0; p < side * side; p++) {
    const ink = Math.min(1, Math.max(0, (f.state[p] + 1) / 2));
    img.data[4 * p] = 250 - 224 * ink;
    img.data[4 * p + 1] = 250 - 218 * ink;
    img.data[4 * p + 2] = 247 - 183 * ink;
    img.data[4 * p + 3] = 255;
  }
  const tmp = document.createElement('canvas');
  tmp.width = tmp.height = side;
  tmp.getContext('2d')?.putImageData(img, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tmp, 0, 0, side * PX, side * PX);
  ctx.fillStyle = '#1a2040';
  ctx.font = '14px sans-serif';
  ctx.fillText(`t = ${f.t.toFixed(2)}   E = ${f.energy.toPrecision(5)}`, 8, side * PX + 20);
}

/** Replays `lane` and resolves with the WebM video. */
export function recordWebm(lane: LiveLane): Promise<Blob> {
  const problem = webmSupport();
  if (problem) return Promise.reject(new Error(problem));
  const canvas = document.createElement('canvas');
  canvas.width = lane.side * PX;
  canvas.height = lane.side * PX + 30;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas available'));
  drawFrame(ctx, lane, 0);
  const rec = new MediaRecorder(canvas.captureStream(FPS), { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  rec.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const frames = lane.history.frames.length;
  // At most ~10 s of video: long trajectories skip frames.
  const stride = Math.max(1, Math.ceil(frames / (FPS * 10)));
  return new Promise((resolve, reject) => {
    rec.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
    rec.onerror = () => reject(new Error('recording failed'));
    rec.start(250);
    let i = 0;
    const timer = setInterval(() => {
      i = Math.min(frames - 1, i + stride);
      drawFrame(ctx, lane, i);
      if (i >= frames - 1) {
        clearInterval(timer);
        setTimeout(() => rec.stop(), 500); // hold the final state briefly
      }
    }, 1000 / FPS);
  });
}
