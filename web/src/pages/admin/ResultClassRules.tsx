import { Card, Form, Input, Radio, Typography } from 'antd';
import { Fragment } from 'react';
import { RESULT_CLASS_DEFAULTS, type ResultClassDef } from '../../../../domain/stats/result-classes';

type Scheme = 'three' | 'four';

/**
 * The rules profile's result classes: three (A、B、C) or four (A、B、C、D, D kept for reference), each with its
 * mark and definition as the reply form offers them, the letter prints them and the statistics word them.
 */
export function ResultClassRules() {
  const form = Form.useFormInstance();
  const classes = (Form.useWatch('resultClasses', { form, preserve: true }) as ResultClassDef[] | undefined) ?? [];
  const scheme: Scheme = classes.length === 4 ? 'four' : 'three';

  // Switching keeps what was typed for A、B、C; D comes with its usual wording.
  const pick = (next: Scheme) => {
    const current = (form.getFieldValue('resultClasses') as ResultClassDef[] | undefined) ?? [];
    const first = (['A', 'B', 'C'] as const).map((code) => current.find((c) => c.code === code) ?? { ...RESULT_CLASS_DEFAULTS[code] });
    form.setFieldValue('resultClasses', next === 'four' ? [...first, current.find((c) => c.code === 'D') ?? { ...RESULT_CLASS_DEFAULTS.D }] : first);
  };

  return (
    <Card title="办理结果分类" style={{ marginBottom: 16 }}>
      <Form.Item label="分类方式" extra="承办单位答复时从中选择一类，答复函在文号上方标注；统计和报告按此分类计数。">
        <Radio.Group
          value={scheme}
          onChange={(e) => pick(e.target.value as Scheme)}
          options={[
            { value: 'three', label: '三类（A、B、C）' },
            { value: 'four', label: '四类（A、B、C、D，D类为留作参考）' },
          ]}
        />
      </Form.Item>
      <div className="rules-class-grid" role="group" aria-label="各类名称及含义">
        <span className="muted">类别</span>
        <span className="muted">名称（标注于答复函）</span>
        <span className="muted">含义（答复时的说明，统计报告的表述）</span>
        <Form.List name="resultClasses">
          {(fields) =>
            fields.map((f) => {
              const code = classes[f.name]?.code;
              const mark = code ? RESULT_CLASS_DEFAULTS[code].label : '';
              return (
                <Fragment key={f.key}>
                  <b>{mark}</b>
                  <Form.Item name={[f.name, 'label']} style={{ marginBottom: 0 }}>
                    <Input aria-label={`${mark}名称`} maxLength={10} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'definition']} style={{ marginBottom: 0 }}>
                    <Input aria-label={`${mark}含义`} maxLength={60} showCount />
                  </Form.Item>
                </Fragment>
              );
            })
          }
        </Form.List>
      </div>
      <Typography.Text type="secondary" className="rules-class-note">
        已发出的答复保留其原分类；改为三类后，已标为 D 类的答复仍计入统计。
      </Typography.Text>
    </Card>
  );
}
