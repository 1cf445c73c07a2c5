/**
 * Documents name a congress's sessions and offices in full (issue 13 §7): a
 * letter or report read outside the congress must say whose session and whose
 * office it means — 湖南省第十四届人民代表大会第三次会议, 湖南省人民政府办公厅 —
 * never a bare 十四届人大三次会议 or 人民政府办公厅. The names as stored may be
 * short; these functions complete them from the congress's name.
 */

/** Level words a place ends with (longest first), which a short name may open with instead of the place: 省政府办公厅. */
const LEVELS = ['自治区', '自治州', '自治县', '特别行政区', '省', '市', '县', '区', '州', '盟', '旗', '镇', '乡'];

const NUMERAL = '[〇零一二三四五六七八九十百]+';
/** 十四届人大三次会议, 第十四届人民代表大会第三次会议, 十三届二次会议 */
const SESSION = new RegExp(`^(?:政协)?第?(${NUMERAL})届(?:人民代表大会|人大|政协|委员会)?(?:常务委员会|常委会)?第?(${NUMERAL})次会议$`);

/** A CPPCC committee's name: 中国人民政治协商会议湖南省委员会, 政协湖南省委员会 (the place between). */
const CPPCC = /^(?:中国人民政治协商会议|政协)(.+?)委员会$/;

/** The place a congress belongs to: 湖南省人民代表大会 → 湖南省 (what comes before 人民代表大会 or 人大). */
export function congressPlace(congressName: string): string {
  const c = CPPCC.exec(congressName.trim());
  if (c) return c[1];
  const m = /^(.+?)(?:人民代表大会|人大)/.exec(congressName.trim());
  return m ? m[1] : congressName.trim();
}

/** `name` with the place in front, unless it names it already (政协湖南省委员会…); a leading level word (省…) stands for the place. */
function withPlace(place: string, name: string): string {
  const n = name.trim();
  if (!place || n.includes(place)) return n;
  const level = LEVELS.find((l) => place.endsWith(l) && n.startsWith(l));
  return `${place}${level ? n.slice(level.length) : n}`;
}

/** An office's full name: 人民政府办公厅 → 湖南省人民政府办公厅; 省政府办公厅 → 湖南省政府办公厅; a full name stays as it is. */
export function fullOfficeName(congressName: string, officeName: string): string {
  return withPlace(congressPlace(congressName), officeName);
}

/**
 * A session named in full: 十四届人大三次会议 of 湖南省人民代表大会 →
 * 湖南省第十四届人民代表大会第三次会议. A name in another form keeps its words
 * with the place in front (省十四届人大三次会议 → 湖南省十四届人大三次会议).
 */
export function fullSessionName(congressName: string, sessionName: string): string {
  const place = congressPlace(congressName);
  // A CPPCC committee's session: 十三届三次会议 of 政协湖南省委员会 → 政协湖南省第十三届委员会第三次会议.
  if (CPPCC.test(congressName.trim())) {
    const m = SESSION.exec(
      sessionName
        .trim()
        .replace(place, '')
        .replace(/^(?:政协)?(?:省|市|县|区)?/, ''),
    );
    return m ? `政协${place}第${m[1]}届委员会第${m[2]}次会议` : sessionName.trim();
  }
  const named = withPlace(place, sessionName);
  const m = SESSION.exec(named.slice(place.length));
  return m ? `${place}第${m[1]}届人民代表大会第${m[2]}次会议` : named;
}
