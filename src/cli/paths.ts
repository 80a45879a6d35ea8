// Output paths that would destroy data: an output that is an input (by name, through a symbolic link or as a hard
// link of it), and two outputs that land on the same file. Checked before anything is read or written.
import { promises as fs } from "fs";
import * as path from "path";

export type PathClash =
  | { kind: "input"; out: string; file: string }
  | { kind: "collide"; out: string; first: string; second: string };

interface Identity {
  /** The real path (links resolved), or the resolved path when the file does not exist yet. */
  real: string;
  /** device:inode when the file exists: equal for hard links and links to the same file. */
  inode: string | null;
}

async function identity(p: string): Promise<Identity> {
  const abs = path.resolve(p);
  let real: string;
  try {
    real = await fs.realpath(abs);
  } catch {
    // Not there yet: its folder may still be a link.
    try {
      real = path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      real = abs;
    }
  }
  let inode: string | null = null;
  try {
    const st = await fs.stat(abs);
    inode = `${st.dev}:${st.ino}`;
  } catch {
    inode = null;
  }
  return { real, inode };
}

function same(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== null && a.inode === b.inode);
}

/**
 * The first clash among `outputs` (each named with the input it comes from, or null for a report of all inputs),
 * or null when every output is a new file of its own.
 */
export async function findPathClash(
  inputs: string[],
  outputs: Array<{ out: string; from: string | null }>
): Promise<PathClash | null> {
  const ins = await Promise.all(inputs.map(identity));
  const outs = await Promise.all(outputs.map((o) => identity(o.out)));
  for (let i = 0; i < outputs.length; i++) {
    const k = ins.findIndex((id) => same(id, outs[i]));
    if (k >= 0) return { kind: "input", out: outputs[i].out, file: inputs[k] };
    for (let j = 0; j < i; j++) {
      if (same(outs[j], outs[i]))
        return {
          kind: "collide",
          out: outputs[i].out,
          first: outputs[j].from ?? outputs[j].out,
          second: outputs[i].from ?? outputs[i].out,
        };
    }
  }
  return null;
}
