import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '../../../lib/sites/decode';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

describe('decodeHtml', () => {
  it('follows a byte order mark over any declaration', () => {
    const utf8 = bytes([0xef, 0xbb, 0xbf], '<meta charset="iso-8859-1"><p>caf', [0xc3, 0xa9], '</p>');
    expect(decodeHtml(utf8)).toBe('<meta charset="iso-8859-1"><p>café</p>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'é!'].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(decodeHtml(utf16)).toBe('é!');
  });

  it('reads <meta charset>', () => {
    expect(decodeHtml(bytes('<meta charset="windows-1252"><p>caf', [0xe9], ' ', [0x80], '</p>'))).toBe(
      '<meta charset="windows-1252"><p>café €</p>',
    );
  });

  it('reads an http-equiv Content-Type, whatever the case and quoting', () => {
    const page = bytes(
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"><b>Ren',
      [0xe9],
      '</b>',
    );
    expect(declaredCharset(page)).toBe('ISO-8859-1');
    expect(decodeHtml(page)).toContain('<b>René</b>');
  });

  it('reads a declaration after other markup but only in the first 4 KB', () => {
    const late = bytes(`<!-- ${'x'.repeat(5000)} --><meta charset="iso-8859-1"><p>`, [0xe9], '</p>');
    expect(declaredCharset(late)).toBeUndefined();
    const early = bytes(`<!-- ${'x'.repeat(3000)} --><meta charset="iso-8859-1"><p>`, [0xe9], '</p>');
    expect(declaredCharset(early)).toBe('iso-8859-1');
  });

  it('reads an undeclared page as UTF-8, or windows-1252 when it is not valid UTF-8', () => {
    expect(decodeHtml(bytes('<p>', [0xe2, 0x82, 0xac], '</p>'))).toBe('<p>€</p>');
    expect(decodeHtml(bytes('<p>', [0xe9, 0x93, 0x80, 0x94], '</p>'))).toBe('<p>é“€”</p>');
  });

  it('ignores unknown labels and reads a UTF-16 declaration in an ASCII-compatible page as UTF-8', () => {
    expect(decodeHtml(bytes('<meta charset="klingon"><p>', [0xc3, 0xa9], '</p>'))).toBe(
      '<meta charset="klingon"><p>é</p>',
    );
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>', [0xc3, 0xa9], '</p>'))).toBe(
      '<meta charset="utf-16"><p>é</p>',
    );
  });
});
