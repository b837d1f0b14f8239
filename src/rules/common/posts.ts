/**
 * Which of a member's posts are leadership posts, which one is primary, and which get a
 * `leaders[]` entry (docs/guides/formats.md §1 "Member", `posts`): under QĐ 132/124 one entry per head post;
 * under QĐ 366 one per leadership post, head or deputy («cá nhân giữ chức vụ lãnh đạo, quản lý»,
 * 366-QĐ/TW Điều 10, khoản 2; Điều 11, khoản 1, tiểu mục 1.2). Which mode a rule set uses is its
 * data (`LeaderParams.posts`), cited there; the primary post reads «ở nơi giữ chức vụ cao nhất»
 * (cite: 366-QĐ/TW Điều 3, khoản 4).
 *
 * @module
 */
import type { Member, Post } from '../../model/index.js';
import type { LeaderParams } from './params.js';

/**
 * Whether a post is a leadership post (not a seat marked `leader: false`).
 *
 * @example
 * ```ts
 * import { isLeaderPost } from 'xeploai/rules';
 * isLeaderPost({ orgId: 'cb', title: 'Chi ủy viên', leader: false }); // false
 * isLeaderPost({ orgId: 'cb', title: 'Phó Bí thư' }); // true
 * ```
 */
export function isLeaderPost(post: Post): boolean {
  return post.leader !== false;
}

/**
 * The index of the post where the person is rated: the one marked `primary`, else the first
 * leadership post; `undefined` when the member holds none.
 *
 * @example
 * ```ts
 * import { primaryPostIndex } from 'xeploai/rules';
 * primaryPostIndex({ posts: [{ orgId: 'a', title: 'Chi ủy viên', leader: false }, { orgId: 'b', title: 'Phó Bí thư' }] }); // 1
 * ```
 */
export function primaryPostIndex(member: Pick<Member, 'posts'>): number | undefined {
  const posts = member.posts;
  if (posts === undefined) return undefined;
  let first: number | undefined;
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i]!;
    if (!isLeaderPost(p)) continue;
    if (p.primary === true) return i;
    first ??= i;
  }
  return first;
}

/**
 * The indices of the posts that get a `leaders[]` entry under a rule set's `LeaderParams.posts`
 * (one per organization: a post listed twice is one entry).
 *
 * @example
 * ```ts
 * import { ratedPostIndices } from 'xeploai/rules';
 * const m = { posts: [{ orgId: 'x', title: 'Bí thư', head: true }, { orgId: 'y', title: 'Phó Chủ tịch' }] };
 * ratedPostIndices(m, 'heads'); // [0]
 * ratedPostIndices(m, 'post-holders'); // [0, 1]
 * ```
 */
export function ratedPostIndices(member: Pick<Member, 'posts'>, mode: LeaderParams['posts']): number[] {
  const posts = member.posts;
  const out: number[] = [];
  if (posts === undefined) return out;
  for (let p = 0; p < posts.length; p++) {
    const post = posts[p]!;
    const rated = mode === 'heads' ? post.head === true : isLeaderPost(post);
    if (rated && !out.some((q) => posts[q]!.orgId === post.orgId)) out.push(p);
  }
  return out;
}
