import type { CSSProperties } from 'react';
import type { ReplyLetterPreview } from '../../api/templates';

const FANGSONG = "'FangSong', 'FangSong_GB2312', 'STFangsong', serif";
const page: CSSProperties = {
  background: '#fff',
  color: '#000',
  boxShadow: '0 1px 6px rgba(0,0,0,.15)',
  padding: '48px 52px',
  maxWidth: 640,
  margin: '0 auto',
  fontFamily: FANGSONG,
  fontSize: 16,
  lineHeight: 1.9,
};
const line: CSSProperties = { margin: 0 };
const para: CSSProperties = { margin: 0, textIndent: '2em', textAlign: 'justify' };
const heading = /^[一二三四五六七八九十]+、/;

/**
 * The reply letter on screen, part by part as the .docx prints it (the server's text of the same
 * letter: POST …/reply-preview/text): publicity mark, class, number and signer, title, salutation, body,
 * commitments, issuer and date, contact line, copies. The Word download is the letter itself.
 */
export function LetterPaper({ letter }: { letter: ReplyLetterPreview }) {
  return (
    <div style={page} data-testid="letter-paper">
      <p style={{ ...line, textAlign: 'right', fontFamily: "'SimHei', sans-serif" }}>{letter.publicityMark}</p>
      <p style={{ ...line, fontFamily: "'SimHei', sans-serif" }}>{letter.classMark}</p>
      {(letter.docNumber || letter.signer) && (
        <p style={{ ...line, display: 'flex', justifyContent: 'space-between' }}>
          <span>{letter.docNumber ?? ''}</span>
          {letter.signer && <span>签发人：{letter.signer}</span>}
        </p>
      )}
      <h2 style={{ textAlign: 'center', fontSize: 22, fontWeight: 'normal', fontFamily: "'FZXiaoBiaoSong-B05S', 'SimSun', serif", margin: '28px 0' }}>
        {letter.title}
      </h2>
      <p style={line}>{letter.salutation}</p>
      {letter.paragraphs.map((p, i) => (
        <p key={i} style={{ ...para, fontFamily: heading.test(p) ? "'SimHei', sans-serif" : FANGSONG }}>
          {p}
        </p>
      ))}
      {letter.paragraphs.length === 0 && <p style={{ ...para, color: '#999' }}>（正文尚未填写）</p>}
      {letter.commitments.map((p, i) => (
        <p key={`c${i}`} style={para}>
          {p}
        </p>
      ))}
      <div style={{ textAlign: 'right', marginTop: 48, paddingRight: '4em' }}>
        <p style={line}>{letter.issuer}</p>
        <p style={line}>{letter.date}</p>
      </div>
      {letter.contact && <p style={{ ...para, marginTop: 16 }}>{letter.contact}</p>}
      {letter.copies.length > 0 && <p style={{ ...line, marginTop: 16, paddingLeft: '3em', textIndent: '-3em' }}>抄送：{letter.copies.join('，')}。</p>}
    </div>
  );
}
