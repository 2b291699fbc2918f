// The one Drizzle schema for every driver (PGlite, pg, @vercel/postgres).
// Private personal data lives in *_private tables that lib/data/public.ts never imports,
// so a public query cannot select it by accident.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// 行政区划: city → county → township → village, keyed by the statistical division code.
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['city', 'county', 'township', 'village'] }).notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    // Set when a newer edition of the division codes no longer lists the code: the region keeps its
    // households and notices, and stays readable, but takes no new ones.
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.parentCode], foreignColumns: [t.code] }),
    index('regions_parent_idx').on(t.parentCode),
    index('regions_name_idx').on(t.name),
    check('regions_level_ck', sql`${t.level} in ('city', 'county', 'township', 'village')`),
    check(
      'regions_code_shape_ck',
      sql`(${t.level} in ('city', 'county') and ${t.code} ~ '^[0-9]{6}$')
        or (${t.level} = 'township' and ${t.code} ~ '^[0-9]{9}$')
        or (${t.level} = 'village' and ${t.code} ~ '^[0-9]{12}$')`,
    ),
    check('regions_parent_ck', sql`(${t.level} = 'city') = (${t.parentCode} is null)`),
  ],
);

// 工程: the programme with its years and rules.
export const programmes = pgTable(
  'programmes',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    cityCode: varchar('city_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    startYear: smallint('start_year').notNull(),
    endYear: smallint('end_year').notNull(),
    targetHouseholds: integer('target_households').notNull(),
    // 年人均纯收入 threshold in yuan; eligible households are strictly below it.
    incomeThreshold: integer('income_threshold').notNull(),
    noticeDays: smallint('notice_days').notNull().default(7),
    minNoticeDays: smallint('min_notice_days').notNull().default(7),
  },
  (t) => [
    check('programmes_years_ck', sql`${t.endYear} >= ${t.startYear}`),
    check('programmes_target_ck', sql`${t.targetHouseholds} >= 0`),
    check('programmes_threshold_ck', sql`${t.incomeThreshold} > 0`),
    check('programmes_notice_days_ck', sql`${t.minNoticeDays} >= 1 and ${t.noticeDays} >= ${t.minNoticeDays}`),
  ],
);

// 年度任务分配计划 (annex 2): target households per county and year.
export const allocations = pgTable(
  'allocations',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    countyCode: varchar('county_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    year: smallint('year').notNull(),
    targetHouseholds: integer('target_households').notNull(),
  },
  (t) => [
    unique('allocations_programme_county_year_uq').on(t.programmeId, t.countyCode, t.year),
    check('allocations_target_ck', sql`${t.targetHouseholds} >= 0`),
  ],
);

export const householdStatuses = ['registered', 'listed', 'passed', 'removed'] as const;

// 帮扶对象: the fields of annex 1 that may be published (after masking) or counted.
export const households = pgTable(
  'households',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    year: smallint('year').notNull(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    villageGroup: text('village_group'), // 村民小组, e.g. 三组
    maskedName: text('masked_name').notNull(), // 张*明: the only form of the name outside household_private
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    age: smallint('age').notNull(),
    disabilityCategory: smallint('disability_category').notNull(), // 残疾类别 1–7
    disabilityGrade: smallint('disability_grade').notNull(), // 残疾等级 1–4
    householdSize: smallint('household_size').notNull(), // 家庭人口
    disabledMembers: smallint('disabled_members').notNull(), // 残疾人口
    incomePerCapita: integer('income_per_capita').notNull(), // 年人均纯收入, yuan
    status: text('status', { enum: householdStatuses }).notNull().default('registered'),
    filedAt: timestamp('filed_at', { withTimezone: true }), // 建档: the county approved (issue 4)
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('households_id_programme_uq').on(t.id, t.programmeId),
    index('households_village_idx').on(t.villageCode),
    // /progress and a county page count the year's households of a programme by stage and month; at
    // national scale a programme is a few thousand of a million households.
    index('households_programme_year_idx').on(t.programmeId, t.year, t.status),
    // /progress counts filed (建档) households per month of the year (issue 11: the EXPLAIN test).
    index('households_filed_idx').on(t.programmeId, t.year).where(sql`${t.filedAt} is not null`),
    check('households_sex_ck', sql`${t.sex} in ('M', 'F')`),
    check('households_age_ck', sql`${t.age} between 0 and 130`),
    check('households_category_ck', sql`${t.disabilityCategory} between 1 and 7`),
    check('households_grade_ck', sql`${t.disabilityGrade} between 1 and 4`),
    check('households_members_ck', sql`${t.householdSize} >= ${t.disabledMembers} and ${t.disabledMembers} >= 1`),
    check('households_income_ck', sql`${t.incomePerCapita} >= 0`),
    check('households_status_ck', sql`${t.status} in ('registered', 'listed', 'passed', 'removed')`),
    check('households_filed_ck', sql`${t.filedAt} is null or ${t.status} = 'passed'`),
  ],
);

// Rollup (issue 11): households per programme, village, year, status and filed (建档), kept by statement
// triggers on households in the same transaction as every write, so public pages sum these rows instead of
// counting households. A region's figures sum its villages' rows by code range (see lib/data/public.ts).
export const householdCounts = pgTable(
  'household_counts',
  {
    programmeId: integer('programme_id').notNull(),
    villageCode: varchar('village_code', { length: 12 }).notNull(),
    year: smallint('year').notNull(),
    status: text('status', { enum: householdStatuses }).notNull(),
    filed: boolean('filed').notNull(),
    // 结对: a pairings row names the household (migration 0023 keeps it from triggers on pairings).
    paired: boolean('paired').notNull().default(false),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ name: 'household_counts_pk', columns: [t.programmeId, t.villageCode, t.year, t.status, t.filed, t.paired] }),
    // The officials' dashboard sums a region's rows over every programme by code range, which the key
    // (programme first) cannot serve.
    index('household_counts_village_idx').on(t.villageCode),
    check('household_counts_n_ck', sql`${t.n} >= 0`),
  ],
);

// Never selected by public code: identity, contact and free text about the person.
export const householdPrivate = pgTable(
  'household_private',
  {
    householdId: integer('household_id').primaryKey(),
    programmeId: integer('programme_id').notNull(),
    fullName: text('full_name').notNull(),
    ethnicity: text('ethnicity').notNull(), // 民族
    certificateNumber: varchar('certificate_number', { length: 22 }).notNull(), // 残疾证号
    idNumber: varchar('id_number', { length: 18 }).notNull(), // first 18 characters of the certificate
    phone: text('phone'),
    address: text('address').notNull(),
    employmentIntention: text('employment_intention'), // 个人就业意向简述
    photo: text('photo'), // data URL of an optional photo; never served publicly
  },
  (t) => [
    foreignKey({ columns: [t.householdId, t.programmeId], foreignColumns: [households.id, households.programmeId] }),
    // One person once per programme, whatever reissue suffix their certificate has.
    unique('household_private_programme_person_uq').on(t.programmeId, t.idNumber),
    check('household_private_id_ck', sql`${t.idNumber} ~ '^[0-9]{17}[0-9X]$'`),
    check(
      'household_private_cert_ck',
      sql`${t.certificateNumber} ~ '^[0-9]{17}[0-9X][1-7][1-4](B[1-9])?$' and left(${t.certificateNumber}, 18) = ${t.idNumber}`,
    ),
  ],
);

// ——— Household members (issue 10 item 1) ———
// 家庭成员: every person of a household, the registrant (the disabled applicant) being member 1 with
// relation 'self'. No name or number here: those live in household_member_private. A member whose
// identity has not been entered yet (converted data, or a size declared at registration) has relation,
// sex and birth date null; households.household_size and disabled_members are counted from these rows
// by triggers (migration 0017), never typed.
export const memberRelations = ['self', 'spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'in_law', 'other'] as const;
export const labourCapacities = ['full', 'partial', 'none'] as const;
export const dibaoStatuses = ['granted', 'pending', 'not_eligible', 'none'] as const;

export const householdMembers = pgTable(
  'household_members',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id').notNull(),
    programmeId: integer('programme_id').notNull(),
    position: smallint('position').notNull(), // 1 = the registrant
    relation: text('relation', { enum: memberRelations }), // 与申请人关系; null = not entered yet
    sex: text('sex', { enum: ['M', 'F'] }), // from the ID number
    birthDate: date('birth_date', { mode: 'string' }), // from the ID number; age is computed from it
    disabled: boolean('disabled').notNull().default(false), // entered members: has a certificate
    disabilityCategory: smallint('disability_category'), // from the certificate number
    disabilityGrade: smallint('disability_grade'),
    labourCapacity: text('labour_capacity', { enum: labourCapacities }), // 劳动能力; null = not recorded
    willingToWork: boolean('willing_to_work'), // 就业意愿; null = not recorded
    ruralMedical: boolean('rural_medical'), // 新农合 enrolled
    ruralPension: boolean('rural_pension'), // 新农保 enrolled
    dibao: text('dibao', { enum: dibaoStatuses }), // 低保 status
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`), // 实用技能 the member has
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.householdId, t.programmeId], foreignColumns: [households.id, households.programmeId] }).onDelete('cascade'),
    unique('household_members_id_programme_uq').on(t.id, t.programmeId),
    unique('household_members_position_uq').on(t.householdId, t.position),
    check('household_members_position_ck', sql`${t.position} >= 1 and (${t.position} = 1) = (${t.relation} is not distinct from 'self')`),
    check(
      'household_members_relation_ck',
      sql`${t.relation} is null or ${t.relation} in ('self', 'spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'in_law', 'other')`,
    ),
    check('household_members_entered_ck', sql`(${t.relation} is null) = (${t.sex} is null) and (${t.sex} is null) = (${t.birthDate} is null)`),
    check('household_members_sex_ck', sql`${t.sex} is null or ${t.sex} in ('M', 'F')`),
    check(
      'household_members_disability_ck',
      sql`(${t.disabilityCategory} is null) = (${t.disabilityGrade} is null) and (${t.disabilityCategory} is null or (${t.disabilityCategory} between 1 and 7 and ${t.disabilityGrade} between 1 and 4)) and (${t.sex} is null or ${t.disabled} = (${t.disabilityCategory} is not null))`,
    ),
    check('household_members_labour_ck', sql`${t.labourCapacity} is null or ${t.labourCapacity} in ('full', 'partial', 'none')`),
    check('household_members_dibao_ck', sql`${t.dibao} is null or ${t.dibao} in ('granted', 'pending', 'not_eligible', 'none')`),
  ],
);

// Never selected by public code: the member's name, ID number and certificate number. One person is in at
// most one household of a programme: the ID number is unique over every member, the registrants included.
export const householdMemberPrivate = pgTable(
  'household_member_private',
  {
    memberId: integer('member_id').primaryKey(),
    programmeId: integer('programme_id').notNull(),
    fullName: text('full_name').notNull(),
    idNumber: varchar('id_number', { length: 18 }).notNull(),
    certificateNumber: varchar('certificate_number', { length: 22 }), // 残疾证号, if any
  },
  (t) => [
    foreignKey({ columns: [t.memberId, t.programmeId], foreignColumns: [householdMembers.id, householdMembers.programmeId] }).onDelete('cascade'),
    unique('household_member_private_programme_person_uq').on(t.programmeId, t.idNumber),
    check('household_member_private_name_ck', sql`length(btrim(${t.fullName})) > 0`),
    check('household_member_private_id_ck', sql`${t.idNumber} ~ '^[0-9]{17}[0-9X]$'`),
    check(
      'household_member_private_cert_ck',
      sql`${t.certificateNumber} is null or (${t.certificateNumber} ~ '^[0-9]{17}[0-9X][1-7][1-4](B[1-9])?$' and left(${t.certificateNumber}, 18) = ${t.idNumber})`,
    ),
  ],
);

export const roles = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org', 'city', 'admin'] as const;

// 工作人员: each account is bound to one region and acts on it and everything below it.
export const officials = pgTable(
  'officials',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    active: boolean('active').notNull().default(true),
    // Bumped when rights change so that older sessions stop working at once.
    sessionVersion: integer('session_version').notNull().default(1),
    // Failed sign-ins before this moment no longer count: a new password lifts a lock at once.
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    // A one-time password (setup, an administrator's reset) must be replaced at the next sign-in.
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    // Made by the demo seed: refused at sign-in by a production server that is not a demo.
    isDemo: boolean('is_demo').notNull().default(false),
    // 双因素认证 (lib/auth/two-factor.ts): the TOTP secret (base32; readable, as verifying needs it; never
    // logged or shown again after enrolment), null when not enrolled, and the last accepted time step,
    // so that a code is used once.
    totpSecret: text('totp_secret'),
    totpLastStep: integer('totp_last_step'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('officials_username_uq').on(sql`lower(${t.username})`),
    check(
      'officials_role_ck',
      sql`${t.role} in ('village', 'township_party', 'township_dpf', 'county_dpf', 'county_org', 'city', 'admin')`,
    ),
  ],
);

export const noticeStatuses = ['draft', 'published', 'withdrawn', 'closed', 'superseded'] as const;

// 公示: one village, one programme year; content frozen once published (trigger in the migrations).
export const notices = pgTable(
  'notices',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    year: smallint('year').notNull(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    title: text('title').notNull(),
    issuingBody: text('issuing_body').notNull(), // 发布单位, e.g. 某某村党支部
    body: text('body').notNull().default(''),
    objectionPhone: text('objection_phone').notNull(), // the office's phone, public by design
    objectionPlace: text('objection_place').notNull(),
    status: text('status', { enum: noticeStatuses }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    periodStartDate: date('period_start_date', { mode: 'string' }),
    periodEndDate: date('period_end_date', { mode: 'string' }), // last day, China time
    periodEndsAt: timestamp('period_ends_at', { withTimezone: true }), // exclusive: 00:00 China after the last day
    closedAt: timestamp('closed_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    // 村民代表评议 (issue 10 item 9): the default notice text mentions the review only when it is recorded.
    reviewDate: date('review_date', { mode: 'string' }),
    reviewRepresentatives: smallint('review_representatives'),
    supersedesId: integer('supersedes_id'),
    createdBy: integer('created_by').references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.supersedesId], foreignColumns: [t.id] }),
    unique('notices_supersedes_uq').on(t.supersedesId),
    index('notices_village_idx').on(t.villageCode),
    // With id last, the open notices come off the index in the public lists' order (period end, then id):
    // a county that opens its notices at once gives thousands the same period end, and a sort of all of them.
    index('notices_open_order_idx').on(t.status, t.periodEndsAt, t.id),
    check('notices_status_ck', sql`${t.status} in ('draft', 'published', 'withdrawn', 'closed', 'superseded')`),
    check(
      'notices_review_ck',
      sql`(${t.reviewDate} is null) = (${t.reviewRepresentatives} is null)
        and (${t.reviewRepresentatives} is null or ${t.reviewRepresentatives} between 1 and 999)`,
    ),
    check(
      'notices_published_ck',
      sql`(${t.status} = 'draft') = (${t.publishedAt} is null)
        and (${t.publishedAt} is null) = (${t.periodEndsAt} is null)
        and (${t.publishedAt} is null) = (${t.periodStartDate} is null)
        and (${t.publishedAt} is null) = (${t.periodEndDate} is null)
        and (${t.periodEndsAt} is null or ${t.periodEndsAt} > ${t.publishedAt})
        and (${t.periodEndDate} is null or ${t.periodEndDate} >= ${t.periodStartDate})`,
    ),
    check(
      'notices_closed_ck',
      sql`(${t.status} = 'closed') = (${t.closedAt} is not null) and (${t.closedAt} is null or ${t.closedAt} >= ${t.periodEndsAt})`,
    ),
    check(
      'notices_withdrawn_ck',
      sql`(${t.status} = 'withdrawn') = (${t.withdrawnAt} is not null)
        and (${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)
        and (${t.withdrawalReason} is null or length(btrim(${t.withdrawalReason})) > 0)`,
    ),
  ],
);

// The public snapshot of each listed household, taken at publication; the public page reads only this.
export const noticeEntries = pgTable(
  'notice_entries',
  {
    id: serial('id').primaryKey(),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    position: smallint('position').notNull(),
    maskedName: text('masked_name').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    age: smallint('age').notNull(),
    villageGroup: text('village_group'),
    disabilityCategory: smallint('disability_category').notNull(),
    disabilityGrade: smallint('disability_grade').notNull(),
    householdSize: smallint('household_size').notNull(),
    disabledMembers: smallint('disabled_members').notNull(),
    incomePerCapita: integer('income_per_capita').notNull(),
    outcome: text('outcome', { enum: ['passed', 'removed'] }), // set when the notice is closed
  },
  (t) => [
    unique('notice_entries_household_uq').on(t.noticeId, t.householdId),
    unique('notice_entries_position_uq').on(t.noticeId, t.position),
    index('notice_entries_household_idx').on(t.householdId),
    check('notice_entries_outcome_ck', sql`${t.outcome} is null or ${t.outcome} in ('passed', 'removed')`),
  ],
);

// 'submitted': lodged online, awaiting triage (not yet an objection: not counted, not public);
// 'rejected': an online submission an official turned away as not an objection, with a public reason.
export const objectionStatuses = ['submitted', 'received', 'investigating', 'upheld', 'dismissed', 'rejected'] as const;
/** The channels an official records; 'online' objections come from the public form only. */
export const recordedObjectionChannels = ['in_person', 'phone', 'letter', 'other'] as const;
export const objectionChannels = [...recordedObjectionChannels, 'online'] as const;

// 异议: recorded by an official while the period is open (a letter postmarked within it: until the
// notice is closed), or lodged online by a villager (reference + tracking code); the objector is in
// objection_private.
export const objections = pgTable(
  'objections',
  {
    id: serial('id').primaryKey(),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id),
    entryId: integer('entry_id').references(() => noticeEntries.id), // null: about the whole notice
    channel: text('channel', { enum: objectionChannels }).notNull(),
    status: text('status', { enum: objectionStatuses }).notNull().default('received'),
    resolutionReason: text('resolution_reason'), // public
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    recordedBy: integer('recorded_by').references(() => officials.id),
    resolvedBy: integer('resolved_by').references(() => officials.id),
    reference: varchar('reference', { length: 16 }), // online only: given to the villager, e.g. YY-7KQ2-M9PD
    postmarkedOn: date('postmarked_on', { mode: 'string' }), // letters: the postmark's date (public)
    triagedAt: timestamp('triaged_at', { withTimezone: true }), // online: accepted or rejected
    triagedBy: integer('triaged_by').references(() => officials.id),
  },
  (t) => [
    index('objections_notice_idx').on(t.noticeId),
    // The dashboards list the objections still open: few among all (issue 11: the EXPLAIN test).
    index('objections_status_idx').on(t.status),
    unique('objections_reference_uq').on(t.reference),
    check('objections_channel_ck', sql`${t.channel} in ('in_person', 'phone', 'letter', 'other', 'online')`),
    check(
      'objections_status_ck',
      sql`${t.status} in ('submitted', 'received', 'investigating', 'upheld', 'dismissed', 'rejected')`,
    ),
    check(
      'objections_online_ck',
      sql`(${t.channel} = 'online') = (${t.reference} is not null)
        and (${t.reference} is null or ${t.reference} ~ '^YY-[0-9A-Z]{4}-[0-9A-Z]{4}$')
        and (${t.status} not in ('submitted', 'rejected') or ${t.channel} = 'online')
        and (${t.triagedAt} is null) = (${t.triagedBy} is null)
        and (${t.triagedAt} is null or ${t.channel} = 'online')
        and (${t.channel} <> 'online' or (${t.status} = 'submitted') = (${t.triagedAt} is null))
        and (${t.triagedAt} is null or ${t.triagedAt} >= ${t.receivedAt})`,
    ),
    check('objections_postmark_ck', sql`${t.postmarkedOn} is null or ${t.channel} = 'letter'`),
    check(
      'objections_resolution_ck',
      sql`(${t.status} in ('upheld', 'dismissed', 'rejected')) = (${t.resolvedAt} is not null)
        and (${t.resolvedAt} is null) = (${t.resolutionReason} is null)
        and (${t.resolutionReason} is null or length(btrim(${t.resolutionReason})) > 0)
        and (${t.resolvedAt} is null or ${t.resolvedAt} >= ${t.receivedAt})`,
    ),
  ],
);

// What the objection says may name people, and who objected is never public.
export const objectionPrivate = pgTable('objection_private', {
  objectionId: integer('objection_id')
    .primaryKey()
    .references(() => objections.id),
  summary: text('summary').notNull(),
  objectorName: text('objector_name'),
  objectorContact: text('objector_contact'),
  trackingHash: text('tracking_hash'), // online: SHA-256 of the tracking code, which is shown once and never stored
});

// 公开表单提交: counts the public forms' submissions for their limits (lib/security/public-form-guard.ts).
// The client address only as a keyed digest (null: unknown); rows are deleted after a day.
export const publicFormSubmissions = pgTable(
  'public_form_submissions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    form: text('form').notNull(), // e.g. 'objection'
    scope: text('scope').notNull(), // e.g. the notice's id
    addressKey: text('address_key'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('public_form_submissions_address_idx').on(t.form, t.addressKey, t.at),
    index('public_form_submissions_scope_idx').on(t.form, t.scope, t.at),
    index('public_form_submissions_at_idx').on(t.at),
  ],
);

// 张贴记录 (issue 9 item 2): where and when a published notice was posted in the village. More than one
// may be recorded (the village board and each group's board). Place and time are public ("张贴于…").
export const noticePostings = pgTable(
  'notice_postings',
  {
    id: serial('id').primaryKey(),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id),
    place: text('place').notNull(), // public, e.g. 村委会公开栏
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: integer('recorded_by').references(() => officials.id),
    // 撤回: a record made by mistake is withdrawn, never changed or deleted (trigger: migration *_posting_withdrawal);
    // the reason is for officials, the public page no longer lists a withdrawn record.
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: integer('withdrawn_by').references(() => officials.id),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [
    index('notice_postings_notice_idx').on(t.noticeId, t.postedAt),
    check('notice_postings_place_ck', sql`length(btrim(${t.place})) between 1 and 100`),
    // Never in the future: the server's clock at recording is the bound (after publication: trigger).
    check('notice_postings_time_ck', sql`${t.postedAt} <= ${t.recordedAt}`),
    // Withdrawn all at once (when, by whom, why), with a reason, and not before it was recorded.
    check(
      'notice_postings_withdrawn_ck',
      sql`(${t.withdrawnAt} is null) = (${t.withdrawnBy} is null) and (${t.withdrawnAt} is null) = (${t.withdrawReason} is null)
        and (${t.withdrawReason} is null or length(btrim(${t.withdrawReason})) between 1 and 200)
        and (${t.withdrawnAt} is null or ${t.withdrawnAt} >= ${t.recordedAt})`,
    ),
  ],
);

// The board photo shows the households' full names: officials only, in its own table so that no
// public read can select it. A JPEG re-encoded on the server, without any metadata.
export const noticePostingPhotos = pgTable('notice_posting_photos', {
  postingId: integer('posting_id')
    .primaryKey()
    .references(() => noticePostings.id),
  photo: text('photo').notNull(), // data URL
});

export const leftOutStatuses = ['received', 'screened_in', 'not_eligible'] as const;
export const leftOutChannels = ['online', 'official'] as const;

// 应列未列: a report that a household which should have been listed was left out. Its own kind, not an
// objection: it never blocks closing a notice. Screened by the village or township. Public: reference,
// village, dates, state, outcome and its reason. Who and why, and the reporter's contact, are private.
export const leftOutReports = pgTable(
  'left_out_reports',
  {
    id: serial('id').primaryKey(),
    reference: text('reference').notNull(), // e.g. YL-7KQ2-M9PD, given to the reporter
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    noticeId: integer('notice_id').references(() => notices.id), // the notice it was reported from, if any
    channel: text('channel', { enum: leftOutChannels }).notNull(),
    status: text('status', { enum: leftOutStatuses }).notNull().default('received'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedBy: integer('recorded_by').references(() => officials.id), // the official who recorded it
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    screenedBy: integer('screened_by').references(() => officials.id),
    publicReason: text('public_reason'),
  },
  (t) => [
    unique('left_out_reports_reference_uq').on(t.reference),
    index('left_out_reports_village_idx').on(t.villageCode, t.receivedAt),
    check('left_out_reports_reference_ck', sql`${t.reference} ~ '^YL-[0-9A-Z]{4}-[0-9A-Z]{4}$'`),
    check('left_out_reports_channel_ck', sql`${t.channel} in ('online', 'official')`),
    check('left_out_reports_status_ck', sql`${t.status} in ('received', 'screened_in', 'not_eligible')`),
    check('left_out_reports_recorded_ck', sql`(${t.channel} = 'official') = (${t.recordedBy} is not null)`),
    check(
      'left_out_reports_screened_ck',
      sql`(${t.status} <> 'received') = (${t.screenedAt} is not null)
        and (${t.screenedAt} is null) = (${t.screenedBy} is null)
        and (${t.screenedAt} is null) = (${t.publicReason} is null)
        and (${t.publicReason} is null or length(btrim(${t.publicReason})) > 0)
        and (${t.screenedAt} is null or ${t.screenedAt} >= ${t.receivedAt})`,
    ),
  ],
);

export const leftOutPrivate = pgTable('left_out_private', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => leftOutReports.id),
  who: text('who').notNull(), // who should be listed: a name or a description
  why: text('why').notNull(),
  reporterContact: text('reporter_contact'),
});

// 筛查未通过 (issue 10 item 2): a household the village or township screened and found not eligible.
// Kept so a county can count screened against eligible. Public: counts only. Who and why are private.
export const screeningCriteria = ['not_rural', 'income', 'no_certificate', 'no_labour', 'other'] as const;
export type ScreeningCriterion = (typeof screeningCriteria)[number];
export const screeningRefusals = pgTable(
  'screening_refusals',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    year: smallint('year').notNull(),
    villageCode: varchar('village_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    criterion: text('criterion', { enum: screeningCriteria }).notNull(), // the condition not met
    screenedOn: date('screened_on', { mode: 'string' }).notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('screening_refusals_village_idx').on(t.villageCode, t.programmeId, t.year),
    check('screening_refusals_criterion_ck', sql`${t.criterion} in ('not_rural', 'income', 'no_certificate', 'no_labour', 'other')`),
  ],
);

export const screeningRefusalPrivate = pgTable('screening_refusal_private', {
  refusalId: integer('refusal_id')
    .primaryKey()
    .references(() => screeningRefusals.id),
  fullName: text('full_name').notNull(),
  reason: text('reason').notNull(),
});

// 审计日志: append-only (triggers refuse UPDATE, DELETE, TRUNCATE); each row carries an HMAC of its
// content and the previous row's hash, keyed by AUDIT_KEY, so a changed row breaks the chain (npm run audit:verify).
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    officialId: integer('official_id').references(() => officials.id), // null: system (seed, migration)
    role: text('role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    summary: jsonb('summary').notNull(), // never contains private fields
    // Both set by lib/audit/record.ts; the trigger refuses a row whose prev_hash is not the last hash.
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

// 登录尝试: counted per username and per address to slow down password guessing.
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [index('login_attempts_username_idx').on(t.username, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

// 登录会话: one row per sign-in (lib/auth/sessions.ts). The cookie's JWT carries a random id; only its
// SHA-256 is stored, so a copy of this table cannot be used as cookies. A session ends when revoked
// (sign-out, sign out everywhere), idle too long (last_seen_at) or past `expires`.
export const sessions = pgTable(
  'sessions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tokenHash: text('token_hash').notNull(),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expires: timestamp('expires', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash), index('sessions_official_idx').on(t.officialId)],
);

// 恢复码: ten per enrolment (lib/auth/two-factor.ts), stored as keyed digests, each usable once.
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('recovery_codes_official_hash_uq').on(t.officialId, t.codeHash)],
);

// ---- After the notice (issue 4): approval and filing, help measures, visits, income, annual summary.

export const approvalSteps = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org'] as const;

// 审批建档: one row per decision. The steps run in order within a round; a return ends the round and
// the next round starts again at the village step. The household is filed (建档) when the county
// Organisation Department agrees.
export const approvals = pgTable(
  'approvals',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    round: smallint('round').notNull().default(1),
    step: text('step', { enum: approvalSteps }).notNull(),
    decision: text('decision', { enum: ['agree', 'return'] }).notNull(),
    opinion: text('opinion').notNull(), // 审核意见
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('approvals_household_round_step_uq').on(t.householdId, t.round, t.step),
    check('approvals_step_ck', sql`${t.step} in ('village', 'township_party', 'township_dpf', 'county_dpf', 'county_org')`),
    check('approvals_decision_ck', sql`${t.decision} in ('agree', 'return')`),
    check('approvals_opinion_ck', sql`length(btrim(${t.opinion})) > 0`),
  ],
);

// 结对帮扶: the Party cadre paired with a filed household, with the signed help agreement.
export const pairings = pgTable('pairings', {
  householdId: integer('household_id')
    .primaryKey()
    .references(() => households.id),
  cadreName: text('cadre_name').notNull(),
  cadrePost: text('cadre_post').notNull(),
  agreementDate: date('agreement_date', { mode: 'string' }).notNull(),
  createdBy: integer('created_by').references(() => officials.id),
  createdAt: createdAt(),
});

export const helperKinds = ['leader', 'technician', 'science_envoy', 'party_entrepreneur'] as const;

// 致富带头人、技术能手、科技特派员、党员经济能人: one or two per household.
export const helpers = pgTable(
  'helpers',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: helperKinds }).notNull(),
  },
  (t) => [
    index('helpers_household_idx').on(t.householdId),
    check('helpers_kind_ck', sql`${t.kind} in ('leader', 'technician', 'science_envoy', 'party_entrepreneur')`),
  ],
);

// 增收项目: at least one per helped household.
export const incomeProjects = pgTable(
  'income_projects',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    description: text('description').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    supportTechnology: boolean('support_technology').notNull().default(false),
    supportInformation: boolean('support_information').notNull().default(false),
    supportFunds: boolean('support_funds').notNull().default(false),
  },
  (t) => [index('income_projects_household_idx').on(t.householdId)],
);

export const guaranteeKinds = ['dibao', 'rural_medical', 'rural_pension', 'housing'] as const;

// 低保、新农合、新农保、住房保障 secured for the household.
export const guarantees = pgTable(
  'guarantees',
  {
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    kind: text('kind', { enum: guaranteeKinds }).notNull(),
    securedOn: date('secured_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    unique('guarantees_household_kind_uq').on(t.householdId, t.kind),
    check('guarantees_kind_ck', sql`${t.kind} in ('dibao', 'rural_medical', 'rural_pension', 'housing')`),
  ],
);

export const supportKinds = ['village_job', 'micro_loan', 'dpf_funding'] as const;

// 村内企业就业、小额贷款、残联资助: money in yuan where it applies.
export const supports = pgTable(
  'supports',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    kind: text('kind', { enum: supportKinds }).notNull(),
    description: text('description').notNull(), // enterprise, lender or fund
    amountYuan: integer('amount_yuan'),
    source: text('source'),
    grantedOn: date('granted_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('supports_household_idx').on(t.householdId),
    check('supports_kind_ck', sql`${t.kind} in ('village_job', 'micro_loan', 'dpf_funding')`),
    check('supports_amount_ck', sql`(${t.kind} = 'village_job') = (${t.amountYuan} is null) and (${t.amountYuan} is null or ${t.amountYuan} > 0)`),
  ],
);

// 定期回访
export const visits = pgTable(
  'visits',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    visitor: text('visitor').notNull(),
    findings: text('findings').notNull(),
    suggestions: text('suggestions').notNull().default(''),
    createdBy: integer('created_by').references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [index('visits_household_idx').on(t.householdId, t.visitedOn)],
);

// 年人均纯收入 follow-up: one figure per household and year; the county confirms it. A household is
// out of poverty (稳定脱贫) once a confirmed figure is at or above the programme threshold.
export const incomeRecords = pgTable(
  'income_records',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    year: smallint('year').notNull(),
    incomePerCapita: integer('income_per_capita').notNull(),
    recordedBy: integer('recorded_by').references(() => officials.id),
    confirmedBy: integer('confirmed_by').references(() => officials.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('income_records_household_year_uq').on(t.householdId, t.year),
    check('income_records_income_ck', sql`${t.incomePerCapita} >= 0`),
    check('income_records_confirmed_ck', sql`(${t.confirmedBy} is null) = (${t.confirmedAt} is null)`),
  ],
);

// 总结验收: each county's yearly report, due by 5 November.
export const annualSummaries = pgTable(
  'annual_summaries',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    countyCode: varchar('county_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    year: smallint('year').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull().default('draft'),
    householdsHelped: integer('households_helped').notNull().default(0),
    incomeIncreaseYuan: integer('income_increase_yuan').notNull().default(0),
    fundsInvestedYuan: integer('funds_invested_yuan').notNull().default(0),
    // Issue 10 item 6: people as well as households, the income increase as a mean over the households
    // with both figures (and how many lack one), and funds as grants and loans (funds_invested = both).
    disabledHelped: integer('disabled_helped').notNull().default(0),
    incomeCompared: integer('income_compared').notNull().default(0),
    incomeMissing: integer('income_missing').notNull().default(0),
    incomeMeanIncreaseYuan: integer('income_mean_increase_yuan'), // null when no household has both figures
    grantsYuan: integer('grants_yuan').notNull().default(0),
    loansYuan: integer('loans_yuan').notNull().default(0),
    notes: text('notes').notNull().default(''),
    summary: text('summary').notNull().default(''), // the written summary (工程执行情况总结)
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => officials.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('annual_summaries_county_year_uq').on(t.programmeId, t.countyCode, t.year),
    check('annual_summaries_status_ck', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
  ],
);

// ——— Duties of the programme (issue 10 item 5) ———

// 实用技术培训: a household member trained in a practical skill. Each counts toward the household's 1–2
// skills.
export const trainings = pgTable(
  'trainings',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => householdMembers.id), // the member trained; a trigger checks it is of this household
    skill: text('skill').notNull(), // 技能, e.g. 食用菌种植
    trainedOn: date('trained_on', { mode: 'string' }).notNull(),
    trainer: text('trainer').notNull(), // 培训人或培训机构
    createdBy: integer('created_by').references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('trainings_household_idx').on(t.householdId, t.trainedOn),
    check('trainings_skill_ck', sql`length(btrim(${t.skill})) > 0`),
    check('trainings_trainer_ck', sql`length(btrim(${t.trainer})) > 0`),
  ],
);

// 发展残疾人党员 (measure 5): one person's way into the Party, one date per stage reached:
// 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 党员. Private; only counts per stage are public.
export const partyStages = ['applicant', 'activist', 'candidate', 'probationary', 'member'] as const;
export const partyDevelopments = pgTable(
  'party_developments',
  {
    id: serial('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => householdMembers.id), // a trigger checks it is of this household
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    activistOn: date('activist_on', { mode: 'string' }),
    candidateOn: date('candidate_on', { mode: 'string' }),
    probationaryOn: date('probationary_on', { mode: 'string' }),
    memberOn: date('member_on', { mode: 'string' }),
    createdBy: integer('created_by').references(() => officials.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('party_developments_member_uq').on(t.memberId),
    // Stages in order, none skipped, no date before the previous stage's.
    check(
      'party_developments_order_ck',
      sql`(${t.activistOn} is null or ${t.activistOn} >= ${t.appliedOn})
        and (${t.candidateOn} is null or (${t.activistOn} is not null and ${t.candidateOn} >= ${t.activistOn}))
        and (${t.probationaryOn} is null or (${t.candidateOn} is not null and ${t.probationaryOn} >= ${t.candidateOn}))
        and (${t.memberOn} is null or (${t.probationaryOn} is not null and ${t.memberOn} >= ${t.probationaryOn}))`,
    ),
  ],
);

// 联席会议 of a county: the bodies from the source's fixed list, plus any other named in `otherBodies`.
export const meetingBodies = ['county_org', 'county_dpf', 'county_government', 'township_party', 'township_dpf', 'village_party', 'city_org', 'city_dpf'] as const;
export const jointMeetings = pgTable(
  'joint_meetings',
  {
    id: serial('id').primaryKey(),
    countyCode: varchar('county_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    bodies: text('bodies').array().notNull(),
    otherBodies: text('other_bodies').notNull().default(''),
    decisions: text('decisions').notNull(), // 议定事项
    publicSummary: text('public_summary'), // shown on the county's public page when given
    createdBy: integer('created_by').references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('joint_meetings_county_idx').on(t.countyCode, t.heldOn),
    check(
      'joint_meetings_bodies_ck',
      sql`cardinality(${t.bodies}) + (case when length(btrim(${t.otherBodies})) > 0 then 1 else 0 end) >= 2
        and ${t.bodies} <@ array['county_org', 'county_dpf', 'county_government', 'township_party', 'township_dpf', 'village_party', 'city_org', 'city_dpf']::text[]`,
    ),
    check('joint_meetings_decisions_ck', sql`length(btrim(${t.decisions})) > 0`),
  ],
);

// 督导检查 by the city or a county of a region below it, with the fixes it requires.
export const inspections = pgTable(
  'inspections',
  {
    id: serial('id').primaryKey(),
    inspectorRegionCode: varchar('inspector_region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    findings: text('findings').notNull(),
    createdBy: integer('created_by').references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('inspections_region_idx').on(t.regionCode, t.inspectedOn),
    check(
      'inspections_below_ck',
      // Below the inspector: a city (xxxx00) shares its first 4 digits with what lies beneath it.
      sql`${t.regionCode} <> ${t.inspectorRegionCode} and length(${t.regionCode}) >= length(${t.inspectorRegionCode})
        and left(${t.regionCode}, case when ${t.inspectorRegionCode} ~ '^[0-9]{4}00$' then 4 else length(${t.inspectorRegionCode}) end)
          = left(${t.inspectorRegionCode}, case when ${t.inspectorRegionCode} ~ '^[0-9]{4}00$' then 4 else length(${t.inspectorRegionCode}) end)`,
    ),
    check('inspections_findings_ck', sql`length(btrim(${t.findings})) > 0`),
  ],
);

// 整改要求: open until fixed (date and note).
export const inspectionFixes = pgTable(
  'inspection_fixes',
  {
    id: serial('id').primaryKey(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    requirement: text('requirement').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    fixedOn: date('fixed_on', { mode: 'string' }),
    fixNote: text('fix_note').notNull().default(''),
    updatedBy: integer('updated_by').references(() => officials.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inspection_fixes_inspection_idx').on(t.inspectionId),
    index('inspection_fixes_open_idx').on(t.dueOn).where(sql`${t.fixedOn} is null`),
    check('inspection_fixes_requirement_ck', sql`length(btrim(${t.requirement})) > 0`),
    check('inspection_fixes_state_ck', sql`(${t.fixedOn} is null) = (length(btrim(${t.fixNote})) = 0)`),
  ],
);
