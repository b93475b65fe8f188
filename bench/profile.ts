/** Reading a V8 CPU profile (CDP `Profiler.stop`) to tell the extension's work from the page's. */

export interface CpuProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  /** Microseconds between one sample and the previous one. */
  timeDeltas: number[];
}

export interface ProfileShares {
  /** JS time in the extension's scripts, including the DOM and browser calls they make. */
  oursMs: number;
  /** JS time in the page's own scripts. */
  pageMs: number;
  /** The longest uninterrupted stretch of extension work (garbage collection inside it included). */
  longestOursMs: number;
}

type Owner = 'ours' | 'page' | 'gc' | 'none';

/**
 * Every sample is charged to the nearest frame with a script URL: a native call (querySelectorAll,
 * a forced layout) is charged to the script that made it.
 */
export function attributeProfile(profile: CpuProfile, isOurs: (url: string) => boolean): ProfileShares {
  const parent = new Map<number, number>();
  const byId = new Map<number, CpuProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const owners = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owners.get(id);
    if (known) return known;
    const node = byId.get(id);
    let owner: Owner;
    if (!node) owner = 'none';
    else if (node.callFrame.functionName === '(garbage collector)') owner = 'gc';
    else if (node.callFrame.url) owner = isOurs(node.callFrame.url) ? 'ours' : 'page';
    else {
      const up = parent.get(id);
      owner = up === undefined ? 'none' : ownerOf(up);
    }
    owners.set(id, owner);
    return owner;
  };

  let oursUs = 0;
  let pageUs = 0;
  let longestUs = 0;
  let stretchUs = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    // A sample stands for the time until the next one.
    const duration = profile.timeDeltas[index + 1] ?? 0;
    const owner = ownerOf(profile.samples[index]!);
    if (owner === 'ours') {
      oursUs += duration;
      stretchUs += duration;
    } else if (owner === 'gc' && stretchUs > 0) {
      stretchUs += duration;
    } else {
      if (owner === 'page') pageUs += duration;
      stretchUs = 0;
    }
    longestUs = Math.max(longestUs, stretchUs);
  }
  return { oursMs: oursUs / 1000, pageMs: pageUs / 1000, longestOursMs: longestUs / 1000 };
}
