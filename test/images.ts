// Real image files for tests of the photo upload, made with sharp.
import sharp from 'sharp';

/** A phone-like JPEG: 1600×900 stored sideways (EXIF orientation 6), with a GPS position (the home) and a maker. */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7755' } })
    .withExif({
      IFD0: { Make: 'GongshiTestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 37/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '122/1 50/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** The APP1 segment's identifier: present in a JPEG exactly when it carries EXIF data. */
export const EXIF_MARKER = Buffer.from('Exif\0\0');
