import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EXIF_MARKER, jpegWithGps } from '@/test/images';
import { PHOTO_MAX_EDGE, reencodePhoto } from './photo';

describe('reencodePhoto', () => {
  it('drops EXIF (GPS, maker), turns the photo upright and shrinks it to the maximum edge', async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before).toMatchObject({ width: 1600, height: 900, orientation: 6 });
    expect(before.exif).toBeDefined();
    expect(input.includes(Buffer.from('GongshiTestPhone'))).toBe(true);

    const output = (await reencodePhoto(input))!;
    const after = await sharp(output).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 675, height: PHOTO_MAX_EDGE });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(output.includes(EXIF_MARKER)).toBe(false);
    expect(output.includes(Buffer.from('GongshiTestPhone'))).toBe(false);
  });

  it('writes a PNG or WebP as JPEG without enlarging it, transparency on white', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const webp = await sharp({ create: { width: 50, height: 20, channels: 3, background: '#123456' } }).webp().toBuffer();
    const fromPng = (await reencodePhoto(png))!;
    expect(await sharp(fromPng).metadata()).toMatchObject({ format: 'jpeg', width: 40, height: 30 });
    const { data } = await sharp(fromPng).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(245);
    expect(await sharp((await reencodePhoto(webp))!).metadata()).toMatchObject({ format: 'jpeg', width: 50, height: 20 });
  });

  it('refuses bytes that do not decode as a JPEG, PNG or WebP image', async () => {
    const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really an image')]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer();
    const truncated = (await jpegWithGps()).subarray(0, 600);
    expect(await Promise.all([fakeJpeg, svg, gif, truncated, Buffer.from('hello')].map(reencodePhoto))).toEqual([null, null, null, null, null]);
  });

  it('refuses a decompression bomb (a canvas over 40 megapixels) before decoding it', async () => {
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.byteLength).toBeLessThan(1024 * 1024);
    expect(await reencodePhoto(huge)).toBeNull();
  });
});
