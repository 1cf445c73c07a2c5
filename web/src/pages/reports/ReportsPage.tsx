import { Alert, App, Card, Form, Segmented, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { REPORT_KIND_LABELS, REPORT_KINDS, type ReportKind } from '../../../../domain/reports/report-text';
import { api, ApiError } from '../../api/client';
import { reportsApi, type ReportView } from '../../api/reports';
import { supervisionApi } from '../../api/supervision';
import { useAuth } from '../../auth/AuthContext';
import { LoadError, PageLoading } from '../../components/PageStates';
import { useLoad } from '../../lib/useLoad';
import { BulletinTable } from './BulletinTable';
import { ReportEditor, type ReportFormValues } from './ReportEditor';

type Kind = ReportKind | 'bulletin';
type ScopeType = 'all' | 'unit' | 'category' | 'delegation';
const SCOPE_LABELS: Record<ScopeType, string> = { all: '全部', unit: '承办单位', category: '类别', delegation: '代表团' };

/**
 * 报告 (R-STAT-3): choose the kind, the session and the scope; read the
 * computed basic situation; edit the sections (saved with the version read:
 * a stale save says so and reloads); download the .docx. Bulletins (R-SUP-4)
 * download from here too. The offices edit, supervisors read and download.
 */
export default function ReportsPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const canEdit = user?.role === 'liaisonOffice' || user?.role === 'governmentOffice';
  const [kind, setKind] = useState<Kind>('handlingReport');
  const [pickedSessionId, setSessionId] = useState<number | null>(null);
  const [scopeType, setScopeType] = useState<ScopeType>('all');
  const [scopeId, setScopeId] = useState<number | null>(null);
  const [form] = Form.useForm<ReportFormValues>();
  const [saving, setSaving] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const sessions = useLoad((signal) => api.listSessions(signal), []);
  // Until the user picks: the latest session.
  const sessionId = pickedSessionId ?? (sessions.data?.length ? [...sessions.data].sort((a, b) => b.year - a.year || b.id - a.id)[0].id : null);
  const scopes = useLoad(sessionId ? (signal) => reportsApi.scopes(sessionId, signal) : null, [sessionId]);
  const effectiveScope = kind === 'unitAnalysis' ? 'unit' : scopeType;
  const scope = effectiveScope === 'all' ? 'all' : scopeId ? `${effectiveScope}:${scopeId}` : null;
  const ready = kind !== 'bulletin' && sessionId !== null && scope !== null;
  const report = useLoad<ReportView>(ready ? (signal) => reportsApi.get({ kind: kind as ReportKind, sessionId: sessionId!, scope: scope! }, signal) : null, [
    kind,
    sessionId,
    scope,
  ]);
  const bulletins = useLoad(kind === 'bulletin' ? (signal) => supervisionApi.listBulletins(signal) : null, [kind]);

  useEffect(() => {
    if (report.data) form.setFieldsValue({ title: report.data.title, ...report.data.sections });
  }, [report.data, form]);

  // The body's words (§8): 提案办理情况报告 and 界别 in a CPPCC committee.
  const kindLabels = scopes.data?.kindLabels ?? REPORT_KIND_LABELS;
  const scopeLabels: Record<ScopeType, string> = { ...SCOPE_LABELS, delegation: scopes.data?.groupLabel ?? SCOPE_LABELS.delegation };

  const scopeOptions = useMemo(() => {
    const s = scopes.data;
    if (!s) return [];
    if (effectiveScope === 'unit')
      return s.units.map((u) => ({ value: u.id, label: `${u.name}（${u.items} 件${u.analysisRequired ? '，须报综合分析' : ''}）` }));
    if (effectiveScope === 'category') return s.categories.map((c) => ({ value: c.id, label: c.name }));
    if (effectiveScope === 'delegation') return s.delegations.map((d) => ({ value: d.id, label: d.name }));
    return [];
  }, [scopes.data, effectiveScope]);

  if (sessions.error) return <LoadError error={sessions.error} onRetry={sessions.reload} />;
  if (!sessions.data) return <PageLoading />;
  const r = report.data;

  async function save() {
    if (!r) return;
    const v = await form.validateFields();
    setSaving(true);
    try {
      const { title, ...sections } = v;
      await reportsApi.save({ kind: r.kind, sessionId: r.sessionId, scope: r.scope, version: r.draft?.version, title, sections });
      message.success('已保存');
      report.reload();
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        message.warning('报告已被他人修改，已载入最新内容，请核对后再保存');
        report.reload();
      } else message.error(e instanceof ApiError ? e.message : '保存失败');
    } finally {
      setSaving(false);
    }
  }

  async function download(force = false) {
    if (!r) return;
    setDownloading(true);
    try {
      const name = await reportsApi.download({ kind: r.kind, sessionId: r.sessionId, scope: r.scope, force });
      message.success(`已下载 ${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败');
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <div className="page-title">
        <h1>报告</h1>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size={[16, 12]}>
          <Segmented<Kind>
            value={kind}
            onChange={setKind}
            options={[...REPORT_KINDS.map((k) => ({ value: k as Kind, label: kindLabels[k] })), { value: 'bulletin', label: '进度通报' }]}
          />
          {kind !== 'bulletin' && (
            <>
              <Select
                aria-label="会次"
                style={{ width: 220 }}
                value={sessionId ?? undefined}
                onChange={setSessionId}
                options={sessions.data.map((s) => ({ value: s.id, label: s.name }))}
              />
              <Select<ScopeType>
                aria-label="范围"
                style={{ width: 120 }}
                value={effectiveScope}
                disabled={kind === 'unitAnalysis'}
                onChange={(t) => {
                  setScopeType(t);
                  setScopeId(null);
                }}
                options={(Object.keys(scopeLabels) as ScopeType[]).map((t) => ({ value: t, label: scopeLabels[t] }))}
              />
              {effectiveScope !== 'all' && (
                <Select
                  aria-label="范围对象"
                  showSearch
                  optionFilterProp="label"
                  style={{ width: 300 }}
                  placeholder={`选择${scopeLabels[effectiveScope]}`}
                  value={scopeId ?? undefined}
                  onChange={setScopeId}
                  options={scopeOptions}
                />
              )}
            </>
          )}
        </Space>
      </Card>

      {kind === 'bulletin' && <BulletinTable bulletins={bulletins} />}

      {kind !== 'bulletin' && !scope && <Alert type="info" showIcon title={`请选择${scopeLabels[effectiveScope]}`} />}
      {ready && report.error && <LoadError error={report.error} onRetry={report.reload} />}
      {ready && r && (
        <ReportEditor
          report={r}
          form={form}
          canEdit={canEdit}
          saving={saving}
          downloading={downloading}
          onSave={() => void save()}
          onDownload={(force) => void download(force)}
        />
      )}
    </>
  );
}
