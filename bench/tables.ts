/**
 * The bench data's COPY layout (issue 6 §1): the tables in foreign-key order with the columns
 * the generator fills, and the identity columns whose sequences move past the loaded ids.
 */
import type { TableSpec } from './copy-sink';

/** The tables in foreign-key order, with the columns the generator fills. */
export const TABLES: TableSpec[] = [
  { name: 'congresses', columns: ['id', 'name', 'level'] },
  { name: 'sessions', columns: ['id', 'congress_id', 'name', 'year', 'code', 'next_number', 'start_date', 'end_date'] },
  { name: 'organizations', columns: ['id', 'congress_id', 'kind', 'name', 'short_name', 'parent_id', 'is_government'] },
  { name: 'deputies', columns: ['id', 'congress_id', 'delegation_id', 'name', 'gender', 'occupation', 'phone'] },
  { name: 'categories', columns: ['id', 'congress_id', 'parent_id', 'name', 'sort'] },
  { name: 'users', columns: ['id', 'username', 'password_hash', 'display_name', 'role', 'congress_id', 'organization_id', 'deputy_id'] },
  {
    name: 'items',
    columns: [
      'id', 'congress_id', 'session_id', 'number', 'title', 'body', 'category_id', 'period', 'state', 'version', 'lead_deputy_id',
      'delegation_id', 'classified', 'handling_mode', 'merged_into_id', 'submitted_at', 'assigned_on', 'reply_due', 'current_due', 'round',
      'result_class', 'replied_on', 'rehandle_from', 'closed_at', 'close_reason', 'updated_at',
    ],
  },
  { name: 'item_signers', columns: ['item_id', 'deputy_id', 'is_lead', 'status', 'responded_at'] },
  {
    name: 'tasks',
    columns: [
      'id', 'item_id', 'unit_id', 'role', 'state', 'version', 'division_id', 'handler_name', 'responsible_leader', 'breakdown_at',
      'acknowledged_at', 'due_date', 'assigned_on', 'done_at', 'created_at',
    ],
  },
  { name: 'item_events', columns: ['id', 'item_id', 'task_id', 'type', 'actor_user_id', 'actor_role', 'actor_name', 'at', 'from_state', 'to_state', 'payload'] },
  {
    name: 'contacts',
    columns: ['id', 'item_id', 'task_id', 'unit_id', 'contacted_on', 'method', 'phase', 'face_to_face', 'participants', 'summary', 'deputy_view', 'created_at'],
  },
  { name: 'co_opinions', columns: ['id', 'item_id', 'task_id', 'unit_id', 'body', 'publicity', 'state', 'sent_at'] },
  {
    name: 'replies',
    columns: [
      'id', 'item_id', 'task_id', 'unit_id', 'round', 'state', 'body', 'result_class', 'publicity', 'private_reason', 'doc_number', 'signer',
      'contact_person', 'contact_phone', 'signed_at', 'sent_at', 'sent_on', 'published_at', 'created_at',
    ],
  },
  { name: 'evaluations', columns: ['id', 'item_id', 'deputy_id', 'round', 'result', 'comment', 'created_at'] },
  {
    name: 'commitments',
    columns: ['id', 'item_id', 'reply_id', 'unit_id', 'content', 'target_date', 'state', 'tracked_session_id', 'closed_note', 'closed_at', 'registered_at'],
  },
  { name: 'deadlines', columns: ['id', 'item_id', 'task_id', 'kind', 'base_date', 'due_date', 'rule', 'active'] },
];

/** Identity columns whose sequences must move past the loaded ids. */
export const IDENTITY_TABLES = ['congresses', 'sessions', 'organizations', 'deputies', 'categories', 'users', 'items', 'tasks', 'item_events', 'contacts', 'co_opinions', 'replies', 'evaluations', 'commitments', 'deadlines'];
