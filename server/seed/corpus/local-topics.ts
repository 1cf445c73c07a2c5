/**
 * Suggestions of county and township deputies for the demo's lower bodies (issue 16): the
 * matters such deputies raise — a road, a school bus, a drainage ditch — each with the body
 * it goes to and the category it is filed under.
 */
export interface LocalTopic {
  title: string;
  /** The situation the deputy saw, one or two sentences. */
  situation: string;
  /** What the deputy asks for. */
  ask: string;
  category: string;
}

export const COUNTY_TOPICS: LocalTopic[] = [
  {
    title: '关于加快县城老旧小区雨污分流改造的建议',
    situation: '县城部分老旧小区雨污合流，汛期污水外溢，居民反映强烈。',
    ask: '将老旧小区雨污分流纳入年度城建计划，分批实施。',
    category: '城乡建设',
  },
  {
    title: '关于增开农村学校校车线路的建议',
    situation: '湖区部分村组距学校较远，学生上下学需步行或搭乘无资质车辆。',
    ask: '统筹增开校车线路，优先覆盖距离学校3公里以上的村组。',
    category: '教育',
  },
  {
    title: '关于加强乡镇卫生院全科医生配备的建议',
    situation: '部分乡镇卫生院全科医生不足，群众看常见病也要进城。',
    ask: '通过定向培养和县管乡用补齐乡镇卫生院全科医生。',
    category: '医疗卫生',
  },
  {
    title: '关于整治县道沿线农村公路安全隐患的建议',
    situation: '部分县道急弯陡坡缺少防护栏和警示标志，事故时有发生。',
    ask: '开展县乡道安全隐患排查，限期增设防护设施。',
    category: '交通',
  },
  {
    title: '关于支持稻虾共作产业提质增效的建议',
    situation: '稻虾共作面积扩大，但种苗、加工和品牌建设跟不上。',
    ask: '设立专项扶持资金，建设种苗繁育和冷链加工基地。',
    category: '三农',
  },
  {
    title: '关于完善农村生活垃圾收运体系的建议',
    situation: '部分村组垃圾收集点设置不足，转运不及时。',
    ask: '按人口密度增设收集点，落实村级保洁员补助。',
    category: '生态环保',
  },
  {
    title: '关于加快沟渠清淤疏浚保障农田灌溉的建议',
    situation: '部分骨干沟渠多年未清淤，灌溉和排涝能力下降。',
    ask: '将骨干沟渠清淤纳入冬修水利计划，逐年完成。',
    category: '三农',
  },
  {
    title: '关于提高农村留守老人养老服务水平的建议',
    situation: '农村留守老人增多，村级养老服务设施使用率不高。',
    ask: '依托村级互助养老点开展助餐助医服务。',
    category: '社会保障',
  },
  {
    title: '关于规范城区占道经营管理的建议',
    situation: '城区部分路段占道经营严重，影响通行和市容。',
    ask: '划定便民疏导点，堵疏结合规范管理。',
    category: '城乡建设',
  },
  {
    title: '关于加强洞庭湖区血吸虫病防控的建议',
    situation: '湖区有螺面积仍然较大，防控任务重。',
    ask: '加大查螺灭螺投入，落实渔民定期筛查。',
    category: '医疗卫生',
  },
  {
    title: '关于支持县域中小企业融资的建议',
    situation: '县域中小企业普遍反映贷款难、担保难。',
    ask: '扩大县级融资担保规模，推广应收账款质押融资。',
    category: '财政金融',
  },
  {
    title: '关于加快推进农村自来水提质改造的建议',
    situation: '部分村组管网老化，水压不足，夏季供水不稳。',
    ask: '分片实施管网改造，推进城乡供水一体化。',
    category: '三农',
  },
];

export const TOWNSHIP_TOPICS: LocalTopic[] = [
  {
    title: '关于硬化村组通组道路的建议',
    situation: '部分村民小组通组道路仍是砂石路，雨天泥泞难行。',
    ask: '将未硬化的通组道路列入今年实事项目。',
    category: '交通',
  },
  {
    title: '关于在集镇增设公共厕所的建议',
    situation: '集镇赶集人多，公共厕所少，群众如厕不便。',
    ask: '在农贸市场和客运站附近各增设一座公共厕所。',
    category: '城乡建设',
  },
  { title: '关于修复村级排灌泵站的建议', situation: '村级排灌泵站设备老化，去年汛期多次故障。', ask: '安排资金更换泵站电机和配电设施。', category: '三农' },
  {
    title: '关于加装集镇主街路灯的建议',
    situation: '集镇主街路灯损坏较多，夜间出行不安全。',
    ask: '修复损坏路灯并在背街小巷加装太阳能路灯。',
    category: '城乡建设',
  },
  {
    title: '关于清理沿河垃圾改善水环境的建议',
    situation: '部分河段沿岸堆放生活垃圾，影响水质和环境。',
    ask: '组织集中清理并落实河段保洁责任人。',
    category: '生态环保',
  },
  {
    title: '关于办好镇中心小学课后服务的建议',
    situation: '镇中心小学学生家长多在外务工，放学后无人看管。',
    ask: '开设课后托管服务并给予适当补助。',
    category: '教育',
  },
  {
    title: '关于方便老年人办理医保业务的建议',
    situation: '老年人办理医保缴费和报销要跑多个窗口。',
    ask: '在镇便民服务中心设立医保综合窗口，推行代办服务。',
    category: '社会保障',
  },
  { title: '关于规范集镇停车秩序的建议', situation: '集镇街道乱停乱放，赶集日交通拥堵。', ask: '规划临时停车场并安排专人疏导。', category: '交通' },
];

/** The body of a local suggestion, in the usual three parts. */
export function localBody(t: LocalTopic, place: string): string {
  return `一、基本情况：${place}${t.situation}\n二、存在问题：群众多次向代表反映，问题尚未得到根本解决。\n三、具体建议：${t.ask}`;
}
