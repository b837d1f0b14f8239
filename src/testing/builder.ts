/**
 * A typed builder of review files for tests: `review(2024).organization({…}).member({…}).build()`
 * gives a valid `xeploai/review@1` with sensible defaults, so a test states only the facts it is
 * about.
 *
 * @module
 */
import type { IsoDate, Member, Organization, OrganizationKind, Period, ReviewFile, ReviewSettings } from '../model/index.js';
import { REVIEW_FORMAT } from '../model/schema.js';
import { parseReview } from '../builtIn.js';
import type { RuleSet } from '../rules/types.js';

/**
 * The fields of an organization given to the builder, every one optional (`id`, `name` and
 * `kind` get defaults).
 *
 * @example
 * ```ts
 * import type { OrganizationFields } from 'xeploai/testing';
 * const facts: OrganizationFields = { kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' };
 * ```
 */
export type OrganizationFields = Partial<Organization>;

/**
 * The fields of a member given to the builder, every one optional (`id`, `name`, `orgId`,
 * `status` and `admittedOn` get defaults).
 *
 * @example
 * ```ts
 * import type { MemberFields } from 'xeploai/testing';
 * const facts: MemberFields = { criteria: { results: 'tot' }, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }] };
 * ```
 */
export type MemberFields = Partial<Member>;

/**
 * The object the builder produces before validation: a review file whose entries may still be
 * invalid (for tests of invalid input).
 *
 * @example
 * ```ts
 * import { review, type DraftReview } from 'xeploai/testing';
 * const draft: DraftReview = review(2024).member({ admittedOn: '2024-02-30' }).raw();
 * draft.members[0]?.admittedOn; // '2024-02-30'
 * ```
 */
export type DraftReview = { -readonly [K in keyof ReviewFile]: ReviewFile[K] };

// Generated-looking, fictional names: a test that prints a subject reads like a committee's list.
const NAMES = [
  'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức',
  'Vũ Thị Lan', 'Đặng Văn Giang', 'Bùi Thị Hạnh', 'Đỗ Văn Hùng', 'Ngô Thị Khánh',
  'Dương Văn Long', 'Lý Thị Mai', 'Phan Văn Nam', 'Võ Thị Oanh', 'Huỳnh Văn Phúc',
  'Trương Thị Quyên', 'Lâm Văn Sơn', 'Mai Thị Thu', 'Hồ Văn Uy', 'Tạ Thị Vân',
] as const;

const ORG_DEFAULTS: Readonly<Record<OrganizationKind, { readonly id: string; readonly name: string }>> = {
  'dang-bo-co-so': { id: 'dang-bo', name: 'Đảng bộ' },
  'chi-bo-co-so': { id: 'chi-bo', name: 'Chi bộ' },
  'dang-bo-bo-phan': { id: 'dang-bo-bo-phan', name: 'Đảng bộ bộ phận' },
  'chi-bo': { id: 'chi-bo', name: 'Chi bộ' },
  'cap-tren': { id: 'cap-tren', name: 'Đảng bộ cấp trên' },
};

/** Where members sit by default: the chi bộ (trực thuộc or cơ sở) added last. */
function isCell(kind: OrganizationKind): boolean {
  return kind === 'chi-bo' || kind === 'chi-bo-co-so';
}

interface State {
  readonly year: number;
  readonly header: Readonly<Partial<Pick<ReviewFile, 'period' | 'ruleSet' | 'reviewDate' | 'settings'>>>;
  readonly organizations: readonly Organization[];
  readonly members: readonly Member[];
  /** The organization new members go to when they name none. */
  readonly cell: string | undefined;
}

/**
 * An immutable builder of one review: every method returns a new builder, so a base review can
 * be shared by many tests. `build()` validates (throws `XeploaiError` listing every problem);
 * `raw()` does not.
 *
 * Defaults: an organization gets `id` `chi-bo-1` (by kind and position), a name such as
 * `Chi bộ 1` and kind `chi-bo-co-so`; a member gets `id` `dv-1`, a fictional name, status
 * `chinh-thuc`, `admittedOn` ten years before the review year, and the chi bộ added last (one is
 * created when there is none).
 *
 * @example
 * ```ts
 * import { review } from 'xeploai/testing';
 * const base = review(2024).organization({ id: 'cb-1', name: 'Chi bộ thôn 1' });
 * const file = base.member({ id: 'dv-1', criteria: { results: 'tot' } }).build();
 * file.members[0]?.orgId; // 'cb-1'
 * file.members[0]?.status; // 'chinh-thuc'
 * base.build().members.length; // 0
 * ```
 */
export class ReviewBuilder {
  readonly #state: State;

  /** Use `review(year)`. @internal */
  constructor(state: State) {
    this.#state = state;
  }

  /** The review year. */
  get year(): number {
    return this.#state.year;
  }

  #with(patch: Partial<State>): ReviewBuilder {
    return new ReviewBuilder({ ...this.#state, ...patch });
  }

  /** Adds an organization; missing `id`, `name` and `kind` get defaults. */
  organization(facts: OrganizationFields = {}): ReviewBuilder {
    const kind = facts.kind ?? 'chi-bo-co-so';
    const n = this.#state.organizations.length + 1;
    const defaults = ORG_DEFAULTS[kind];
    const org: Organization = { id: `${defaults.id}-${n}`, name: `${defaults.name} ${n}`, kind, ...facts };
    const cell = isCell(org.kind) ? org.id : (this.#state.cell ?? undefined);
    return this.#with({ organizations: [...this.#state.organizations, org], cell });
  }

  /** Adds a member; missing `id`, `name`, `orgId`, `status` and `admittedOn` get defaults. */
  member(facts: MemberFields = {}): ReviewBuilder {
    let builder: ReviewBuilder = this;
    let orgId = facts.orgId;
    if (orgId === undefined) {
      if (this.#state.cell === undefined && this.#state.organizations.length === 0) builder = this.organization();
      orgId = builder.#state.cell ?? builder.#state.organizations.at(-1)!.id;
    }
    const n = builder.#state.members.length + 1;
    const member: Member = {
      id: `dv-${n}`,
      name: NAMES[(n - 1) % NAMES.length]!,
      orgId,
      status: 'chinh-thuc',
      admittedOn: `${builder.#state.year - 10}-01-15`,
      ...facts,
    };
    return builder.#with({ members: [...builder.#state.members, member] });
  }

  /** Adds `count` members with the same facts (or facts computed from the position 0…count−1). */
  members(count: number, facts: MemberFields | ((index: number) => MemberFields) = {}): ReviewBuilder {
    let builder: ReviewBuilder = this;
    for (let i = 0; i < count; i++) builder = builder.member(typeof facts === 'function' ? facts(i) : facts);
    return builder;
  }

  /**
   * Adds a member who heads `orgId` (default: the chi bộ added last), with a post
   * `{ orgId, title: 'Bí thư', head: true }`; a `leaders[]` entry is rated for it.
   */
  head(facts: MemberFields = {}, orgId?: string): ReviewBuilder {
    const unit = orgId ?? facts.orgId ?? this.#state.cell ?? this.#state.organizations.at(-1)?.id;
    if (unit === undefined) return this.organization().head(facts);
    const posts = [...(facts.posts ?? []), { orgId: unit, title: 'Bí thư', head: true }];
    return this.member({ ...facts, posts });
  }

  /** Sets the date of the rating meetings (default in the file format: 31 December of the year). */
  reviewDate(date: IsoDate): ReviewBuilder {
    return this.#with({ header: { ...this.#state.header, reviewDate: date } });
  }

  /** Sets the review period (default: the year). */
  period(period: Period): ReviewBuilder {
    return this.#with({ header: { ...this.#state.header, period } });
  }

  /** Names the rule set in the file (`ruleSet`). */
  ruleSet(id: string): ReviewBuilder {
    return this.#with({ header: { ...this.#state.header, ruleSet: id } });
  }

  /** Adds named settings (merged with those set before). */
  settings(settings: ReviewSettings): ReviewBuilder {
    return this.#with({ header: { ...this.#state.header, settings: { ...this.#state.header.settings, ...settings } } });
  }

  /** The review object as built, not validated (for tests of invalid input). */
  raw(): DraftReview {
    const s = this.#state;
    return { format: REVIEW_FORMAT, year: s.year, ...s.header, organizations: [...s.organizations], members: [...s.members] };
  }

  /**
   * The review, validated by `parseReview` against `ruleSet` (an id or a rule set object, e.g. one
   * made by `extendRuleSet`) or the one the file selects; throws `XeploaiError` listing every problem.
   */
  build(options: { readonly ruleSet?: RuleSet | string } = {}): ReviewFile {
    return parseReview(this.raw(), options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet });
  }
}

/**
 * Starts a review of `year` for a test.
 *
 * @example
 * ```ts
 * import { review } from 'xeploai/testing';
 * const file = review(2024)
 *   .organization({ id: 'xa', kind: 'dang-bo-co-so', name: 'Đảng bộ xã An Bình' })
 *   .organization({ id: 'cb-1', kind: 'chi-bo', parentId: 'xa' })
 *   .member({ name: 'Vũ Thị Lan', criteria: { results: 'tot' } })
 *   .build();
 * file.organizations[1]?.name; // 'Chi bộ 2'
 * file.members[0]?.orgId; // 'cb-1'
 * ```
 */
export function review(year: number): ReviewBuilder {
  return new ReviewBuilder({ year, header: {}, organizations: [], members: [], cell: undefined });
}

/**
 * Whether a value is a `ReviewBuilder`.
 *
 * @example
 * ```ts
 * import { isReviewBuilder, review } from 'xeploai/testing';
 * isReviewBuilder(review(2024)); // true
 * isReviewBuilder({ year: 2024 }); // false
 * ```
 */
export function isReviewBuilder(value: unknown): value is ReviewBuilder {
  return value instanceof ReviewBuilder;
}
