import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectLogo, LOGO_MAX_BYTES, LOGO_PROBLEMS, LOGO_TYPES, logoMimeType } from '../../../shared/settings/logo';
import { be32, bytes, chunk, GIF, jpeg, ONE_PIXEL_PNG, png, svg } from './logoFixtures';

const ok = (type: string, width: number, height: number) => ({ ok: true, type, width, height });
const problem = (p: string) => ({ ok: false, problem: p });

describe('inspectLogo: PNG', () => {
  it('reads the size of a real one-pixel PNG', () => {
    expect(inspectLogo(ONE_PIXEL_PNG)).toEqual(ok('png', 1, 1));
  });

  it('reads width and height from the header whatever the colour type', () => {
    expect(inspectLogo(png(640, 200))).toEqual(ok('png', 640, 200));
    expect(inspectLogo(png(3, 7, { colourType: 3, depth: 4 }))).toEqual(ok('png', 3, 7));
    expect(inspectLogo(png(10_000, 1))).toEqual(ok('png', 10_000, 1));
  });

  it('refuses a PNG cut short anywhere', () => {
    const whole = png(32, 16);
    // Shorter than its 8-byte signature, a file is no recognisable type at all.
    expect(inspectLogo(whole.subarray(0, 7))).toEqual(problem('unsupported_type'));
    for (let length = 8; length < whole.length; length++) {
      expect(inspectLogo(whole.subarray(0, length)), `cut at ${length}`).toEqual(problem('corrupt'));
    }
  });

  it('refuses changed header bytes (checksum), a missing header, no image data and absurd sizes', () => {
    const changed = png(32, 16);
    changed[19] = 99; // the width's low byte, under the IHDR checksum
    expect(inspectLogo(changed)).toEqual(problem('corrupt'));
    const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    expect(inspectLogo(bytes(sig, chunk('IEND', [])))).toEqual(problem('corrupt'));
    const ihdr = chunk('IHDR', [...be32(4), ...be32(4), 8, 6, 0, 0, 0]);
    expect(inspectLogo(bytes(sig, ihdr, chunk('IEND', [])))).toEqual(problem('corrupt'));
    expect(inspectLogo(png(0, 10))).toEqual(problem('corrupt'));
    expect(inspectLogo(png(10, 10_001))).toEqual(problem('corrupt'));
    expect(inspectLogo(png(4, 4, { colourType: 2, depth: 4 }))).toEqual(problem('corrupt'));
  });
});

describe('inspectLogo: JPEG', () => {
  it('finds the frame header past the other segments', () => {
    expect(inspectLogo(jpeg(800, 600))).toEqual(ok('jpg', 800, 600));
    expect(inspectLogo(jpeg(1, 2, { sof: 0xc2, fill: true }))).toEqual(ok('jpg', 1, 2));
    expect(inspectLogo(jpeg(120, 40, { sof: 0xc1 }))).toEqual(ok('jpg', 120, 40));
  });

  it('accepts data after the end-of-image marker (some cameras append a preview)', () => {
    expect(inspectLogo(bytes(jpeg(5, 5), [0, 0, 0]))).toEqual(ok('jpg', 5, 5));
  });

  it('refuses a JPEG cut short anywhere', () => {
    const whole = jpeg(64, 48);
    for (let length = 3; length < whole.length; length++) {
      expect(inspectLogo(whole.subarray(0, length)), `cut at ${length}`).toEqual(problem('corrupt'));
    }
  });

  it('refuses a JPEG without a frame header, with a zero height or with a broken segment length', () => {
    expect(inspectLogo(bytes([0xff, 0xd8, 0xff, 0xd9]))).toEqual(problem('corrupt'));
    const noFrame = bytes([0xff, 0xd8], [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0], [0x12, 0xff, 0xd9]);
    expect(inspectLogo(noFrame)).toEqual(problem('corrupt'));
    expect(inspectLogo(jpeg(10, 0))).toEqual(problem('corrupt'));
    const badLength = jpeg(10, 10);
    badLength[5] = 1; // the JFIF segment claims to be shorter than its own length field
    expect(inspectLogo(badLength)).toEqual(problem('corrupt'));
  });
});

describe('inspectLogo: SVG', () => {
  const closed = (attributes: string) => svg(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect/></svg>`);

  it('takes width and height in pixels or without a unit', () => {
    expect(inspectLogo(closed('width="240" height="80"'))).toEqual(ok('svg', 240, 80));
    expect(inspectLogo(closed("width='240px' height=' 80.5px '"))).toEqual(ok('svg', 240, 80.5));
  });

  it('converts absolute units at 96 dpi and falls back to the viewBox for relative ones', () => {
    expect(inspectLogo(closed('width="1in" height="72pt"'))).toEqual(ok('svg', 96, 96));
    expect(inspectLogo(closed('width="50.8mm" height="2.54cm"'))).toEqual(ok('svg', 192, 96));
    expect(inspectLogo(closed('width="100%" height="100%" viewBox="0 0 400 100"'))).toEqual(ok('svg', 400, 100));
  });

  it('derives a missing side from the viewBox, and defaults to 300 × 150 like a browser', () => {
    expect(inspectLogo(closed('viewBox="0,0,120,60"'))).toEqual(ok('svg', 120, 60));
    expect(inspectLogo(closed('width="60" viewBox="0 0 120 40"'))).toEqual(ok('svg', 60, 20));
    expect(inspectLogo(closed('height="10" viewBox="-5 -5 30 20"'))).toEqual(ok('svg', 15, 10));
    expect(inspectLogo(closed(''))).toEqual(ok('svg', 300, 150));
    expect(inspectLogo(closed('viewBox="0 0 -1 5" width="40"'))).toEqual(ok('svg', 40, 150));
  });

  it('looks past a byte-order mark, the XML declaration, comments and a doctype', () => {
    const text =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Adobe Illustrator -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"\n' +
      '  width="200" height="50" viewBox="0 0 200 50"><text x="0" y="40">a > b</text></svg>\n<!-- end -->\n';
    expect(inspectLogo(svg(text))).toEqual(ok('svg', 200, 50));
    expect(inspectLogo(svg('<svg width="20" height="10" data-note="1 > 0"/>'))).toEqual(ok('svg', 20, 10));
  });

  it('allows references inside the file and embedded images, refuses scripts and outside references', () => {
    const inside = '<defs><linearGradient id="g"/></defs><use href="#g"/><rect style="fill:url(#g)"/>';
    expect(inspectLogo(closed(`width="10" height="10">${inside}<g`))).toEqual(ok('svg', 10, 10));
    expect(inspectLogo(closed('width="10" height="10"><image href="data:image/png;base64,AAAA"/><g'))).toEqual(
      ok('svg', 10, 10),
    );
    for (const bad of [
      '><script>alert(1)</script><g',
      ' onload="alert(1)"',
      '><image xlink:href="https://example.com/logo.png"/><g',
      '><image href="file:///etc/passwd"/><g',
      '><rect style="fill:url(https://example.com/x)"/><g',
      '><style>@import "https://example.com/a.css";</style><g',
      '><foreignObject><div/></foreignObject><g',
    ]) {
      expect(inspectLogo(closed(`width="10" height="10"${bad}`)), bad).toEqual(problem('unsupported_type'));
    }
    const entities = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="1" height="1">&a;</svg>';
    expect(inspectLogo(svg(entities))).toEqual(problem('unsupported_type'));
  });

  it('refuses other markup and text, and a file cut short', () => {
    expect(inspectLogo(svg('<!DOCTYPE html><html><body><svg/></body></html>'))).toEqual(problem('unsupported_type'));
    expect(inspectLogo(svg('just a note: <svg/>'))).toEqual(problem('unsupported_type'));
    expect(inspectLogo(svg('<svg width="10" height="10"><rect/>'))).toEqual(problem('corrupt'));
    expect(inspectLogo(svg('<svg width="10" height="1'))).toEqual(problem('corrupt'));
    expect(inspectLogo(svg('<!-- never ends <svg/>'))).toEqual(problem('corrupt'));
    expect(inspectLogo(closed('width="0" height="10"'))).toEqual(problem('corrupt'));
    expect(inspectLogo(closed('width="20000" height="10"'))).toEqual(problem('corrupt'));
  });

  it('refuses text that is not UTF-8', () => {
    expect(inspectLogo(bytes('<svg width="1" height="1">', [0xc3, 0x28], '</svg>'))).toEqual(
      problem('unsupported_type'),
    );
  });
});

describe('inspectLogo: anything else', () => {
  it('refuses an empty file and one over 2 MB', () => {
    expect(inspectLogo(new Uint8Array(0))).toEqual(problem('empty'));
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(png(1, 1));
    expect(inspectLogo(big)).toEqual(problem('too_large'));
  });

  it('refuses GIF, WebP, BMP, PDF and TIFF by their content, whatever the name', () => {
    expect(inspectLogo(GIF)).toEqual(problem('unsupported_type'));
    expect(inspectLogo(bytes('RIFF', [26, 0, 0, 0], 'WEBPVP8L', [13, 0, 0, 0, 0x2f, 0, 0, 0, 0]))).toEqual(
      problem('unsupported_type'),
    );
    expect(inspectLogo(bytes('BM', new Array<number>(60).fill(0)))).toEqual(problem('unsupported_type'));
    expect(inspectLogo(bytes('%PDF-1.7\n%\xE2\xE3\n1 0 obj'))).toEqual(problem('unsupported_type'));
    expect(inspectLogo(bytes([0x49, 0x49, 0x2a, 0], new Array<number>(20).fill(0)))).toEqual(
      problem('unsupported_type'),
    );
  });

  it('names the MIME type of each accepted type', () => {
    expect(LOGO_TYPES.map(logoMimeType)).toEqual(['image/png', 'image/jpeg', 'image/svg+xml']);
  });
});

describe('inspectLogo never throws', () => {
  const wellFormed = (r: ReturnType<typeof inspectLogo>) =>
    r.ok
      ? LOGO_TYPES.includes(r.type) && r.width > 0 && r.height > 0 && r.width <= 10_000 && r.height <= 10_000
      : LOGO_PROBLEMS.includes(r.problem);

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (data) => {
        expect(wellFormed(inspectLogo(data))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on valid files with bytes changed, inserted or cut off', () => {
    const seeds = [
      png(40, 20),
      jpeg(40, 20),
      svg('<?xml version="1.0"?><svg width="40" height="20" viewBox="0 0 40 20"><rect/></svg>'),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        (seed, edits, cut) => {
          const data = Uint8Array.from(seed);
          for (const [at, value] of edits) data[at % data.length] = value;
          const result = inspectLogo(data.subarray(0, data.length - (cut % 8)));
          expect(wellFormed(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
