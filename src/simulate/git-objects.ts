// Git's object format, in process: blob, tree and commit objects hashed as git hashes them
// (SHA-1 over "<type> <size>\0<body>") and written as one pack with its index. A history of a few
// hundred objects costs no process at all, and every SHA is known before anything is written.

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** Objects by SHA, each the full "<type> <size>\0<body>" bytes git hashes. */
export type ObjectStore = Map<string, Buffer>;

/** Adds an object to the store and returns its SHA. */
export function putObject(store: ObjectStore, type: 'blob' | 'tree' | 'commit', body: Buffer): string {
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  const sha = createHash('sha1').update(raw).digest('hex');
  store.set(sha, raw);
  return sha;
}

interface TreeNode {
  files: Map<string, string>;
  dirs: Map<string, TreeNode>;
}

/** Hashes a work tree (path → text) into blob and tree objects; returns the root tree's SHA. */
export function putTree(store: ObjectStore, files: ReadonlyMap<string, string>): string {
  const root: TreeNode = { files: new Map(), dirs: new Map() };
  for (const [path, content] of files) {
    const parts = path.split('/');
    const name = parts.pop() as string;
    let node = root;
    for (const dir of parts) {
      let child = node.dirs.get(dir);
      if (!child) {
        child = { files: new Map(), dirs: new Map() };
        node.dirs.set(dir, child);
      }
      node = child;
    }
    node.files.set(name, putObject(store, 'blob', Buffer.from(content)));
  }
  return putNode(store, root);
}

function putNode(store: ObjectStore, node: TreeNode): string {
  // Git sorts entries by name, a directory as if its name ended in "/".
  const entries: Array<{ key: string; mode: string; name: string; sha: string }> = [];
  for (const [name, sha] of node.files) entries.push({ key: name, mode: '100644', name, sha });
  for (const [name, child] of node.dirs) entries.push({ key: `${name}/`, mode: '40000', name, sha: putNode(store, child) });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const body = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]));
  return putObject(store, 'tree', body);
}

/** A commit's header fields: identities as "Name <email>", dates in git's "<epoch> <±hhmm>" form. */
export interface CommitHeader {
  tree: string;
  parents: string[];
  author: string;
  authorDate: string;
  committer: string;
  committerDate: string;
  message: string;
}

/** Hashes a commit object; returns its SHA. */
export function putCommit(store: ObjectStore, header: CommitHeader): string {
  const lines = [`tree ${header.tree}`, ...header.parents.map((p) => `parent ${p}`)];
  lines.push(`author ${header.author} ${header.authorDate}`, `committer ${header.committer} ${header.committerDate}`);
  const message = header.message.endsWith('\n') ? header.message : `${header.message}\n`;
  return putObject(store, 'commit', Buffer.from(`${lines.join('\n')}\n\n${message}`));
}

/** Writes a bare repository: every object in one pack (with its index), the branches, and HEAD → main. */
export async function writeBareRepo(dir: string, store: ObjectStore, branches: ReadonlyMap<string, string>): Promise<void> {
  const { pack, idx, name } = packObjects(store);
  await mkdir(join(dir, 'objects', 'pack'), { recursive: true });
  await mkdir(join(dir, 'refs', 'tags'), { recursive: true });
  const refs = [...branches].map(([branch, sha]) => `${sha} refs/heads/${branch}`).sort((a, b) => (a.slice(41) < b.slice(41) ? -1 : 1));
  await Promise.all([
    writeFile(join(dir, 'HEAD'), 'ref: refs/heads/main\n'),
    writeFile(join(dir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n'),
    writeFile(join(dir, 'packed-refs'), `# pack-refs with: peeled fully-peeled sorted \n${refs.join('\n')}\n`),
    writeFile(join(dir, 'objects', 'pack', `pack-${name}.pack`), pack),
    writeFile(join(dir, 'objects', 'pack', `pack-${name}.idx`), idx),
  ]);
}

const PACK_TYPES: Record<string, number> = { commit: 1, tree: 2, blob: 3 };

/** A version-2 pack of every object (undeltified) and its version-2 index, as git writes them. */
function packObjects(store: ObjectStore): { pack: Buffer; idx: Buffer; name: string } {
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(store.size, 8);
  const parts: Buffer[] = [header];
  const entries: Array<{ sha: Buffer; offset: number; crc: number }> = [];
  let offset = header.length;
  for (const [sha, raw] of store) {
    const nul = raw.indexOf(0);
    const [type = 'blob'] = raw.subarray(0, nul).toString('latin1').split(' ');
    const body = raw.subarray(nul + 1);
    const entry = Buffer.concat([packEntryHeader(PACK_TYPES[type] ?? 3, body.length), deflateSync(body, { level: 1 })]);
    entries.push({ sha: Buffer.from(sha, 'hex'), offset, crc: crc32(entry) });
    parts.push(entry);
    offset += entry.length;
  }
  const body = Buffer.concat(parts);
  const checksum = createHash('sha1').update(body).digest();
  const pack = Buffer.concat([body, checksum]);

  entries.sort((a, b) => Buffer.compare(a.sha, b.sha));
  const fanout = Buffer.alloc(256 * 4);
  let i = 0;
  for (let byte = 0; byte < 256; byte++) {
    while (i < entries.length && (entries[i]?.sha[0] ?? 256) <= byte) i++;
    fanout.writeUInt32BE(i, byte * 4);
  }
  const crcs = Buffer.alloc(entries.length * 4);
  const offsets = Buffer.alloc(entries.length * 4);
  entries.forEach((e, j) => {
    crcs.writeUInt32BE(e.crc >>> 0, j * 4);
    offsets.writeUInt32BE(e.offset, j * 4);
  });
  const idxBody = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, ...entries.map((e) => e.sha), crcs, offsets, checksum]);
  const idx = Buffer.concat([idxBody, createHash('sha1').update(idxBody).digest()]);
  return { pack, idx, name: checksum.toString('hex') };
}

// Type in bits 4–6 of the first byte, the size in 4 bits and then 7 bits a byte, low first.
function packEntryHeader(type: number, size: number): Buffer {
  const bytes: number[] = [];
  let byte = (type << 4) | (size & 0x0f);
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return Buffer.from(bytes);
}
