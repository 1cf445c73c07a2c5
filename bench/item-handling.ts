/**
 * The per-item handling history of the bench data (see generate.ts): each unit's task with its
 * deadline, contacts, co-opinions, replies and B commitments, then the evaluations and what follows.
 */
import { addDays, type IsoDate } from '../domain/deadlines';
import { demoPhone, handlerName, makeCoOpinion, makeCommitmentWithDate, makeContactSummary, makeEvaluationComment, makeReply } from '../server/seed/corpus';
import type { Actor } from './congress';
import { CONTACT_METHODS, deadlineRule, type ItemHistory } from './rows';

/** The tasks of the planned units, with their deadlines, contacts, co-opinions, replies and commitments. */
export function writeTasks(h: ItemHistory): void {
  const {
    sink,
    ids,
    r,
    at,
    events,
    itemId,
    Y,
    session,
    x,
    path,
    lead,
    text,
    plannedUnits,
    isReference,
    assigned,
    reviewed,
    assignedOn,
    baseAssigned,
    replyDue,
    repliedOn,
    rehandleFrom,
    resultClass,
    replyRows,
  } = h;
  for (const p of plannedUnits) {
    const taskId = ++ids.task;
    const isLead = p.role === 'lead' || p.role === 'split';
    const taskState =
      path === 'draftAssigned'
        ? 'draft'
        : p.role === 'reference'
          ? path === 'referenceClosed'
            ? 'contacted'
            : 'assigned'
          : p.role === 'co'
            ? path === 'handling' && r.chance(0.4)
              ? 'assigned'
              : 'opinionSent'
            : ['handling', 'rehandling'].includes(path)
              ? 'assigned'
              : 'replied';
    const taskBase: IsoDate = isReference ? reviewed : path === 'draftAssigned' ? assignedOn : baseAssigned;
    const due = isReference ? addDays(taskBase, 30) : p.role === 'co' ? addDays(taskBase, 30) : replyDue;
    const ack = path === 'draftAssigned' && r.chance(0.5) ? null : at(addDays(taskBase, r.int(0, 3)));
    const division = p.unit.divisions.length ? r.pick(p.unit.divisions) : null;
    const handler = handlerName(r);
    const breakdown = assigned && isLead ? at(addDays(taskBase, r.int(2, 8))) : null;
    const unitActor: Actor = { id: null, role: 'unitOffice', name: `${p.unit.shortName}办公室` };
    const doneOn: IsoDate | null =
      taskState === 'replied'
        ? repliedOn
        : taskState === 'opinionSent'
          ? addDays(taskBase, r.int(10, 28))
          : taskState === 'contacted'
            ? addDays(taskBase, r.int(5, 25))
            : null;
    sink.row('tasks', [
      taskId,
      itemId,
      p.unit.id,
      p.role,
      taskState,
      1 + (ack ? 1 : 0) + (breakdown ? 1 : 0) + (doneOn ? 1 : 0),
      division,
      breakdown ? handler : null,
      breakdown ? `${p.unit.shortName}副厅长` : null,
      breakdown,
      ack,
      path === 'draftAssigned' ? null : due,
      path === 'draftAssigned' ? null : taskBase,
      doneOn ? at(doneOn, 15) : null,
      at(taskBase),
    ]);
    if (ack) events.push({ at: ack, type: 'acknowledgeAssignment', actor: unitActor, taskId, payload: { role: p.role, draft: path === 'draftAssigned' } });
    if (breakdown)
      events.push({
        at: breakdown,
        type: 'setResponsibility',
        actor: unitActor,
        taskId,
        payload: { before: { divisionId: null, handlerName: null, responsibleLeader: null }, after: { divisionId: division, handlerName: handler } },
      });
    if (path !== 'draftAssigned' && due) {
      sink.row('deadlines', [
        ++ids.deadline,
        itemId,
        taskId,
        isReference ? 'referenceContact' : p.role === 'co' ? 'coOpinion' : 'reply',
        taskBase,
        due,
        deadlineRule(isReference ? 'referenceContact' : p.role === 'co' ? 'coOpinion' : 'reply', taskBase, due),
        !doneOn,
      ]);
    }
    // Contacts (R-TALK-1): leads talk to the deputy before replying; reference units once.
    if ((isLead && (doneOn || r.chance(0.5)) && assigned) || taskState === 'contacted') {
      for (let c = 0; c < (r.chance(0.3) ? 2 : 1); c++) {
        const method = r.pick(CONTACT_METHODS);
        const on = addDays(taskBase, r.int(5, 40));
        const s = makeContactSummary(r, method);
        const contactId = ++ids.contact;
        sink.row('contacts', [
          contactId,
          itemId,
          taskId,
          p.unit.id,
          on,
          method,
          c === 0 ? 'before' : 'during',
          ['visit', 'meeting', 'inspection'].includes(method),
          `${lead.name}代表、${handler}`,
          s.summary,
          s.deputyView,
          at(on, 14),
        ]);
        events.push({
          at: at(on, 14),
          type: 'recordContact',
          actor: unitActor,
          taskId,
          payload: { contactId, method, phase: c === 0 ? 'before' : 'during' },
        });
      }
      if (taskState === 'contacted')
        events.push({ at: at(doneOn!, 16), type: 'referenceContacted', actor: unitActor, taskId, from: 'referenceItem', to: 'closed', payload: {} });
    }
    if (taskState === 'opinionSent') {
      const coId = ++ids.co;
      sink.row('co_opinions', [
        coId,
        itemId,
        taskId,
        p.unit.id,
        makeCoOpinion(r, { unitName: p.unit.name, title: text.title }),
        'public',
        'sent',
        at(doneOn!, 15),
      ]);
      events.push({
        at: at(doneOn!, 15),
        type: 'sendCoOpinion',
        actor: unitActor,
        taskId,
        from: 'assigned',
        to: 'opinionSent',
        payload: { coOpinionId: coId, publicity: 'public' },
      });
    }
    if (isLead && repliedOn && path !== 'draftAssigned') {
      // A reply for round 1 (and round 2 when re-handled and answered again).
      const rounds = path === 'closedRehandled' ? [1, 2] : [1];
      for (const rd of rounds) {
        const on = rd === 1 ? repliedOn : addDays(rehandleFrom!, r.int(20, 45));
        const replyId = ++ids.reply;
        const sentAt = at(on, 15);
        const isPublic = r.chance(0.93);
        sink.row('replies', [
          replyId,
          itemId,
          taskId,
          p.unit.id,
          rd,
          'sent',
          makeReply(r, { title: text.title, unitName: p.unit.name, resultClass: resultClass!, deputyName: lead.name }),
          resultClass,
          isPublic ? 'public' : 'private',
          isPublic ? null : '涉及个人信息，不宜公开',
          `${p.unit.shortName}函〔${Y}〕${r.int(1, 400)}号`,
          `${p.unit.shortName}负责同志`,
          handler,
          demoPhone(r),
          at(addDays(on, -2), 16),
          sentAt,
          on,
          isPublic && r.chance(0.9) ? at(addDays(on, r.int(5, 25))) : null,
          at(addDays(on, -10)),
        ]);
        for (const [type, d, from, to] of [
          ['saveReplyDraft', -10, null, 'draft'],
          ['submitReplyForReview', -8, 'draft', 'inReview'],
          ['approveReplyReview', -6, 'inReview', 'awaitingSignOff'],
          ['signOffReply', -2, 'awaitingSignOff', 'signed'],
        ] as const) {
          events.push({ at: at(addDays(on, d)), type, actor: unitActor, taskId, from, to, payload: { replyId, resultClass } });
        }
        events.push({
          at: sentAt,
          type: 'sendReply',
          actor: unitActor,
          taskId,
          from: 'signed',
          to: 'sent',
          payload: { replyId, resultClass, commitments: resultClass === 'B' ? 1 : 0 },
        });
        replyRows.push({ id: replyId, taskId, unit: p.unit, at: sentAt, on });
        if (resultClass === 'B' && rd === rounds.length) {
          const c = makeCommitmentWithDate(r, text.title);
          const target = `${Math.max(Number(c.targetDate.slice(0, 4)) + (Y - 2025), Y)}${c.targetDate.slice(4)}`;
          const cState = x.current
            ? 'registered'
            : r.weighted<string>([
                ['struckOff', 85],
                ['registered', 10],
                ['convertedToC', 5],
              ]);
          const closed = cState === 'registered' ? null : at(addDays(target as IsoDate, r.int(-30, 20)));
          sink.row('commitments', [
            ++ids.commitment,
            itemId,
            replyId,
            p.unit.id,
            c.text,
            target,
            cState,
            session.id,
            closed ? (cState === 'struckOff' ? '已按承诺完成，同意销号' : '客观条件变化，转为C类') : null,
            closed,
            sentAt,
          ]);
        }
      }
    }
  }
}

/** After the replies: all sent, the evaluations (R-EVAL-1), re-handling, the expired window and publication. */
export function writeEvaluations(h: ItemHistory): void {
  const { sink, ids, r, at, events, itemId, path, lead, office, deputyActor, repliedOn, rehandleFrom, evaluatedOn, replyRows } = h;
  if (repliedOn && ['replied', 'dissatisfied', 'rehandling', 'closed', 'closedRehandled', 'closedNotEvaluated'].includes(path)) {
    events.push({
      at: at(repliedOn, 17),
      type: 'allRepliesSent',
      actor: { id: null, role: 'system', name: '系统' },
      from: 'handling',
      to: 'replied',
      payload: {},
    });
  }
  // Evaluations (R-EVAL-1) and what follows them.
  const satisfied = r.weighted<string>([
    ['satisfied', 78],
    ['basicallySatisfied', 20],
    ['dissatisfied', 2],
  ]);
  if (path === 'closed' || path === 'dissatisfied' || path === 'rehandling' || path === 'closedRehandled') {
    const first = path === 'closed' ? satisfied : 'dissatisfied';
    const on = path === 'closed' ? evaluatedOn! : addDays(repliedOn!, r.int(5, 9));
    sink.row('evaluations', [
      ++ids.evaluation,
      itemId,
      lead.id,
      1,
      first === 'dissatisfied' && path === 'closed' ? 'basicallySatisfied' : first,
      makeEvaluationComment(r, first as never),
      at(on),
    ]);
    events.push({
      at: at(on),
      type: 'evaluateReply',
      actor: deputyActor,
      from: 'replied',
      to: path === 'closed' ? 'closed' : 'dissatisfied',
      payload: { deputyId: lead.id, result: first, round: 1 },
    });
    if (path === 'rehandling' || path === 'closedRehandled') {
      events.push({ at: at(rehandleFrom!), type: 'forwardForRehandling', actor: office, from: 'dissatisfied', to: 'rehandling', payload: {} });
    }
    if (path === 'closedRehandled') {
      sink.row('evaluations', [++ids.evaluation, itemId, lead.id, 2, 'basicallySatisfied', makeEvaluationComment(r, 'basicallySatisfied'), at(evaluatedOn!)]);
      events.push({
        at: at(evaluatedOn!),
        type: 'evaluateReply',
        actor: deputyActor,
        from: 'replied',
        to: 'closed',
        payload: { deputyId: lead.id, result: 'basicallySatisfied', round: 2 },
      });
    }
  }
  if (path === 'closedNotEvaluated')
    events.push({
      at: at(addDays(repliedOn!, 31), 1),
      type: 'evaluationWindowExpired',
      actor: { id: null, role: 'system', name: '系统' },
      from: 'replied',
      to: 'closed',
      payload: {},
    });
  for (const rr of replyRows) {
    if (r.chance(0.1)) events.push({ at: at(addDays(rr.on, 3)), type: 'publishReply', actor: office, payload: { replyId: rr.id } });
  }
}
