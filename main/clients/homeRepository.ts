import type { Database } from 'better-sqlite3';
import type { AssessmentMode, AssessmentStatus } from '../../shared/assessments/schemas';
import type { Engagement } from '../../shared/clients/schemas';
import type { LatestRound } from '../../shared/clients/nextStep';
import { stmt } from '../db/statements';
import { ENGAGEMENT_COLUMNS, type EngagementDbRow, toEngagement } from './engagementsRepository';

const IN_PROGRESS = "e.status IN ('active', 'planned')";

/**
 * Most relevant first: active before planned, then the engagement whose work (its own record or any of its
 * rounds) changed last. Computed for every engagement in progress, but only as two index lookups each.
 */
const RELEVANCE = `CASE e.status WHEN 'active' THEN 0 ELSE 1 END AS status_rank,
  max(e.updated_at, coalesce((SELECT max(a.updated_at) FROM assessments a WHERE a.engagement_id = e.id), ''))
    AS activity`;

interface ProgressRow extends EngagementDbRow {
  round_id: string | null;
  round: string | null;
  mode: AssessmentMode | null;
  round_status: AssessmentStatus | null;
  finalized_at: string | null;
  answered: number;
  exported_at: string | null;
}

export interface EngagementInProgress {
  engagement: Engagement;
  latestRound: LatestRound | null;
}

/**
 * One page of the engagements in progress, each with its latest round (the last created) and what Home
 * needs to know of it: answered or not, finalized when, its report exported when. The page is cut first
 * (a materialized CTE), so rounds, answers and exports are looked up for its rows only.
 */
export function inProgressPage(db: Database, page: { offset: number; limit: number }): EngagementInProgress[] {
  const rows = stmt<[number, number], ProgressRow>(
    db,
    `WITH page AS MATERIALIZED (
       SELECT e.id, ${RELEVANCE},
         (SELECT a.id FROM assessments a WHERE a.engagement_id = e.id ORDER BY a.created_at DESC, a.rowid DESC LIMIT 1)
           AS round_id
       FROM engagements e
       WHERE ${IN_PROGRESS}
       ORDER BY status_rank, activity DESC, e.id
       LIMIT ? OFFSET ?
     )
     SELECT ${ENGAGEMENT_COLUMNS}, p.round_id, a.round, a.mode, a.status AS round_status, a.finalized_at,
       EXISTS (SELECT 1 FROM respondents rs JOIN answers x ON x.respondent_id = rs.id WHERE rs.assessment_id = a.id) AS answered,
       (SELECT max(r.exported_at) FROM report_exports r WHERE r.assessment_id = a.id) AS exported_at
     FROM page p
     JOIN engagements e ON e.id = p.id
     JOIN clients c ON c.id = e.client_id
     LEFT JOIN assessments a ON a.id = p.round_id
     ORDER BY p.status_rank, p.activity DESC, e.id`,
  ).all(page.limit, page.offset);
  return rows.map((r) => ({
    engagement: toEngagement(r),
    latestRound:
      r.round_id === null
        ? null
        : {
            id: r.round_id,
            round: r.round ?? '',
            mode: r.mode ?? 'survey',
            status: r.round_status ?? 'draft',
            answered: r.answered === 1,
            finalizedAt: r.finalized_at,
            exportedAt: r.exported_at,
          },
  }));
}

export function countInProgress(db: Database): number {
  return (stmt(db, `SELECT count(*) AS n FROM engagements e WHERE ${IN_PROGRESS}`).get() as { n: number }).n;
}
