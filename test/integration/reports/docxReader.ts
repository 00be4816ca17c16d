import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A rendered .docx opened with readers that share no code with docx: JSZip for the parts, mammoth for the text. */
export interface OpenedDocx {
  zip: JSZip;
  part(path: string): Promise<string>;
  /** Paths of the parts under a folder, e.g. `word/media/`. */
  parts(prefix: string): string[];
  /** The header parts the sections refer to, by their relationship targets. */
  headerParts(): Promise<string[]>;
  rawText(): Promise<string>;
  html(): Promise<string>;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const buffer = Buffer.from(bytes);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the document`);
    return file.async('string');
  };
  return {
    zip,
    part,
    parts: (prefix) => Object.keys(zip.files).filter((name) => name.startsWith(prefix) && !zip.files[name]?.dir),
    async headerParts() {
      const document = await part('word/document.xml');
      const rels = await part('word/_rels/document.xml.rels');
      const ids = [...document.matchAll(/<w:headerReference [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
      return ids.map((id) => {
        const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
        if (!target) throw new Error(`no relationship ${id}`);
        return `word/${target}`;
      });
    },
    rawText: async () => (await mammoth.extractRawText({ buffer })).value,
    html: async () => (await mammoth.convertToHtml({ buffer })).value,
  };
}

/** The text of every `<w:t>` of an XML part, joined: what a reader sees, whatever the runs. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
