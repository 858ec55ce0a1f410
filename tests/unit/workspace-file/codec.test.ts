/**
 * The workspace file codec: a workspace with files, mappings, decisions, placements, register
 * entries and saved views survives encode -> decode byte for byte; each kind of broken file is
 * refused with its message code (and renders in both languages); a newer version is refused.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/domain/messages/render';
import {
  decodeWorkspaceFile,
  encodeWorkspaceFile,
  WORKSPACE_FILE_VERSION,
  type WorkspaceContent,
} from '../../../src/domain/workspace-file/codec';

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV = utf8('Navn;Org.nr\nÆrlig Bedrift AS;923609016\n');
const BINARY = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);

const CONTENT: WorkspaceContent = {
  files: [
    { name: 'Oslo Cancer Cluster.csv', size: CSV.byteLength },
    { name: '__proto__.xlsx', size: BINARY.byteLength },
  ],
  mappings: [['Oslo Cancer Cluster.csv', { shape: 'per-cluster', roles: ['name', 'org-number'] }]],
  mappingOrigins: [['Oslo Cancer Cluster.csv', 'user']],
  decisions: [{ kind: 'merge', a: 'o1', b: 'o2' }],
  placements: [['o1', { kind: 'abroad', via: 'manual' }]],
  register: [['923609016', { orgNumber: '923609016', name: 'X' }]],
  savedViews: [{ id: 'v1', name: 'Kart', hash: '#kart?v=1&sel=c.abc' }],
  salt: 'salt-1',
};
const BYTES = new Map([
  ['Oslo Cancer Cluster.csv', CSV],
  ['__proto__.xlsx', BINARY],
]);

const encoded = () => JSON.parse(encodeWorkspaceFile(CONTENT, BYTES)) as Record<string, unknown>;
const withField = (patch: (doc: Record<string, unknown>) => void) => {
  const doc = encoded();
  patch(doc);
  return utf8(JSON.stringify(doc));
};
const ws = (doc: Record<string, unknown>) => doc.workspace as Record<string, unknown>;

describe('workspace file round trip', () => {
  it('decodes what it encodes, bytes and all', () => {
    const result = decodeWorkspaceFile(utf8(encodeWorkspaceFile(CONTENT, BYTES)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.workspace).toEqual(CONTENT);
    expect([...result.value.bytes.keys()]).toEqual([...BYTES.keys()]);
    for (const [name, b] of BYTES) expect(result.value.bytes.get(name)).toEqual(b);
  });

  it('names its format and version', () => {
    expect(encoded()).toMatchObject({ format: 'klyngekart-workspace', version: 1 });
  });
});

describe('broken workspace files are refused', () => {
  const cases: { name: string; input: Uint8Array; code: string; params?: object }[] = [
    { name: 'not JSON', input: utf8('Navn;Org.nr\nA;1'), code: 'workspace-file.not-a-workspace' },
    {
      name: 'a zip',
      input: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
      code: 'workspace-file.not-a-workspace',
    },
    {
      name: 'not UTF-8',
      input: new Uint8Array([0x7b, 0xff, 0x7d]),
      code: 'workspace-file.not-a-workspace',
    },
    { name: 'empty', input: new Uint8Array(), code: 'workspace-file.not-a-workspace' },
    { name: 'JSON of another kind', input: utf8('[1,2]'), code: 'workspace-file.wrong-format' },
    {
      name: 'a wrong format name',
      input: withField((d) => (d.format = 'gephi')),
      code: 'workspace-file.wrong-format',
    },
    {
      name: 'a newer version',
      input: withField((d) => (d.version = WORKSPACE_FILE_VERSION + 1)),
      code: 'workspace-file.newer',
      params: { found: WORKSPACE_FILE_VERSION + 1, known: WORKSPACE_FILE_VERSION },
    },
    {
      name: 'no version',
      input: withField((d) => delete d.version),
      code: 'workspace-file.bad-version',
    },
    {
      name: 'version 1.5',
      input: withField((d) => (d.version = 1.5)),
      code: 'workspace-file.bad-version',
    },
    {
      name: 'no workspace',
      input: withField((d) => delete d.workspace),
      code: 'workspace-file.bad-field',
      params: { field: 'workspace' },
    },
    {
      name: 'files not a list',
      input: withField((d) => (ws(d).files = 'a.csv')),
      code: 'workspace-file.bad-field',
      params: { field: 'files' },
    },
    {
      name: 'a negative size',
      input: withField((d) => (ws(d).files = [{ name: 'a', size: -1 }])),
      code: 'workspace-file.bad-field',
      params: { field: 'files' },
    },
    {
      name: 'the same file twice',
      input: withField((d) => (ws(d).files = [CONTENT.files[0], CONTENT.files[0]])),
      code: 'workspace-file.bad-field',
      params: { field: 'files' },
    },
    {
      name: 'mappings as an object',
      input: withField((d) => (ws(d).mappings = {})),
      code: 'workspace-file.bad-field',
      params: { field: 'mappings' },
    },
    {
      name: 'an unknown mapping origin',
      input: withField((d) => (ws(d).mappingOrigins = [['a', 'guess']])),
      code: 'workspace-file.bad-field',
      params: { field: 'mappingOrigins' },
    },
    {
      name: 'a decision that is not a record',
      input: withField((d) => (ws(d).decisions = [7])),
      code: 'workspace-file.bad-field',
      params: { field: 'decisions' },
    },
    {
      name: 'placements with a bad entry',
      input: withField((d) => (ws(d).placements = [['o1']])),
      code: 'workspace-file.bad-field',
      params: { field: 'placements' },
    },
    {
      name: 'register missing',
      input: withField((d) => delete ws(d).register),
      code: 'workspace-file.bad-field',
      params: { field: 'register' },
    },
    {
      name: 'saved views not a list',
      input: withField((d) => (ws(d).savedViews = 'x')),
      code: 'workspace-file.bad-field',
      params: { field: 'savedViews' },
    },
    {
      name: 'an empty salt',
      input: withField((d) => (ws(d).salt = '')),
      code: 'workspace-file.bad-field',
      params: { field: 'salt' },
    },
    {
      name: 'bytes missing',
      input: withField((d) => delete d.bytes),
      code: 'workspace-file.bad-field',
      params: { field: 'bytes' },
    },
    {
      name: "one file's bytes missing",
      input: withField((d) => (d.bytes = (d.bytes as unknown[]).slice(1))),
      code: 'workspace-file.missing-bytes',
      params: { file: 'Oslo Cancer Cluster.csv' },
    },
    {
      name: 'bytes that are not base64',
      input: withField((d) => ((d.bytes as { base64: string }[])[0]!.base64 = '***')),
      code: 'workspace-file.bad-field',
      params: { field: 'bytes' },
    },
    {
      name: 'bytes of another size than listed',
      input: withField((d) => ((d.bytes as { base64: string }[])[0]!.base64 = 'QUJD')),
      code: 'workspace-file.wrong-size',
      params: { file: 'Oslo Cancer Cluster.csv' },
    },
  ];
  it.each(cases)('$name', ({ input, code, params }) => {
    const result = decodeWorkspaceFile(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.code).toBe(code);
    if (params) expect(result.message.params).toEqual(params);
    for (const lang of ['nb', 'en'] as const) {
      const text = renderMessage(result.message, lang);
      expect(text).not.toBe(code);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
