// Household photos are re-encoded before they are stored: a phone's JPEG carries EXIF data (the GPS
// position of the home, the device, the time), and the bytes an official uploads are never kept as
// they came. Decoded with sharp, turned upright per its EXIF orientation, shrunk to at most
// PHOTO_MAX_EDGE pixels on its longer side, and written as a fresh JPEG without any metadata.
import sharp from 'sharp';

export const PHOTO_MAX_EDGE = 1200;
export const PHOTO_STORED_TYPE = 'image/jpeg';

// A decompression bomb (a small file that claims a huge canvas) is refused before it is decoded.
const MAX_INPUT_PIXELS = 40_000_000;
const DECODABLE = new Set(['jpeg', 'png', 'webp']);

/** The photo as a clean JPEG, or null when its bytes are not a JPEG, PNG or WebP image that decodes. */
export async function reencodePhoto(bytes: Uint8Array): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const { format } = await image.metadata();
    if (!format || !DECODABLE.has(format)) return null;
    return await image
      .rotate()
      .resize({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      // A transparent PNG gets a white background, as it would look on paper.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}

/** True when the bytes start like a JPEG, PNG or WebP file: nothing else (SVG, TIFF, …) reaches the decoder. */
export function looksLikePhoto(bytes: Uint8Array): boolean {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  return (
    starts([0xff, 0xd8, 0xff]) ||
    starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
  );
}

/** An uploaded file as a clean JPEG data URL, or why not: too big, or not an image that decodes. */
export async function uploadedPhotoDataUrl(file: File, maxBytes: number): Promise<{ url: string } | { error: 'size' | 'content' }> {
  if (file.size > maxBytes) return { error: 'size' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > maxBytes) return { error: 'size' };
  const clean = looksLikePhoto(bytes) ? await reencodePhoto(bytes) : null;
  if (!clean) return { error: 'content' };
  return { url: `data:${PHOTO_STORED_TYPE};base64,${clean.toString('base64')}` };
}
