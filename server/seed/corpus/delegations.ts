/**
 * Delegations of the provincial congress (14 cities and prefectures + the PLA),
 * with the places, characteristic industries and sights each one talks about.
 */
export interface CityInfo {
  delegation: string;
  /** The city or prefecture; empty for the PLA delegation. */
  city: string;
  /** Districts, counties and county-level cities. */
  counties: string[];
  /** Characteristic industries, already prefixed by their place. */
  specialties: string[];
  /** Scenic areas, heritage sites, parks. */
  sights: string[];
}

export const PLA_DELEGATION = '解放军代表团';

export const CITIES: CityInfo[] = [
  {
    delegation: '长沙市代表团',
    city: '长沙市',
    counties: ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市'],
    specialties: [
      '浏阳市烟花爆竹产业',
      '长沙县工程机械产业',
      '宁乡市先进储能材料产业',
      '望城区食品加工产业',
      '浏阳市生物医药产业',
      '岳麓区软件和信息技术服务业',
    ],
    sights: ['岳麓山', '橘子洲', '铜官窑古镇', '靖港古镇', '大围山国家森林公园'],
  },
  {
    delegation: '株洲市代表团',
    city: '株洲市',
    counties: ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '攸县', '茶陵县', '炎陵县', '醴陵市'],
    specialties: ['醴陵市陶瓷产业', '石峰区轨道交通装备产业', '芦淞区服饰产业', '炎陵县黄桃产业', '攸县麻鸭产业', '天元区中小航空发动机产业'],
    sights: ['炎帝陵', '神农谷国家森林公园', '醴陵窑遗址', '酒埠江风景区'],
  },
  {
    delegation: '湘潭市代表团',
    city: '湘潭市',
    counties: ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市'],
    specialties: ['湘潭县湘莲产业', '岳塘区精品钢材产业', '湘乡市皮革产业', '雨湖区新能源装备产业'],
    sights: ['韶山红色旅游区', '昭山风景区', '盘龙大观园', '齐白石纪念馆'],
  },
  {
    delegation: '衡阳市代表团',
    city: '衡阳市',
    counties: ['珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区', '衡阳县', '衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市'],
    specialties: ['祁东县黄花菜产业', '衡东县土菜产业', '常宁市有色金属产业', '耒阳市油茶产业', '衡南县湘黄鸡产业'],
    sights: ['南岳衡山', '石鼓书院', '蔡伦纪念园', '常宁印山'],
  },
  {
    delegation: '邵阳市代表团',
    city: '邵阳市',
    counties: ['双清区', '大祥区', '北塔区', '新邵县', '邵阳县', '隆回县', '洞口县', '绥宁县', '新宁县', '城步苗族自治县', '武冈市', '邵东市'],
    specialties: ['邵东市五金箱包产业', '隆回县金银花产业', '武冈市卤菜产业', '新宁县脐橙产业', '邵阳县油茶产业', '大祥区发制品产业'],
    sights: ['崀山', '南山国家公园', '黄桑自然保护区', '魏源故居'],
  },
  {
    delegation: '岳阳市代表团',
    city: '岳阳市',
    counties: ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市'],
    specialties: ['云溪区石油化工产业', '汨罗市再生资源产业', '平江县休闲食品产业', '华容县芥菜产业', '君山区黄茶产业', '临湘市浮标产业'],
    sights: ['岳阳楼', '君山岛', '屈子文化园', '平江起义旧址', '东洞庭湖湿地'],
  },
  {
    delegation: '常德市代表团',
    city: '常德市',
    counties: ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市'],
    specialties: ['石门县柑橘产业', '桃源县红茶产业', '津市市生物医药产业', '汉寿县甲鱼产业', '鼎城区纺织产业', '安乡县生猪产业'],
    sights: ['桃花源', '城头山遗址', '柳叶湖', '壶瓶山自然保护区'],
  },
  {
    delegation: '张家界市代表团',
    city: '张家界市',
    counties: ['永定区', '武陵源区', '慈利县', '桑植县'],
    specialties: ['永定区莓茶产业', '桑植县白茶产业', '慈利县杜仲产业', '武陵源区文旅产业'],
    sights: ['武陵源风景名胜区', '天门山', '张家界大峡谷', '贺龙纪念馆'],
  },
  {
    delegation: '益阳市代表团',
    city: '益阳市',
    counties: ['资阳区', '赫山区', '南县', '桃江县', '安化县', '沅江市'],
    specialties: ['安化县黑茶产业', '桃江县竹产业', '南县稻虾产业', '沅江市芦苇产业', '赫山区船舶制造产业'],
    sights: ['茶马古道', '山乡巨变第一村', '桃花江竹海', '南洞庭湖湿地'],
  },
  {
    delegation: '郴州市代表团',
    city: '郴州市',
    counties: ['北湖区', '苏仙区', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '资兴市'],
    specialties: ['永兴县稀贵金属再生利用产业', '嘉禾县铸造产业', '桂东县高山茶产业', '临武县鸭产业', '苏仙区有色金属新材料产业', '资兴市大数据产业'],
    sights: ['东江湖', '莽山国家森林公园', '高椅岭', '沙洲红色旅游景区', '苏仙岭'],
  },
  {
    delegation: '永州市代表团',
    city: '永州市',
    counties: ['零陵区', '冷水滩区', '东安县', '双牌县', '道县', '江永县', '宁远县', '蓝山县', '新田县', '江华瑶族自治县', '祁阳市'],
    specialties: ['江永县香柚产业', '道县电子信息产业', '蓝山县皮具玩具产业', '东安县东安鸡产业', '宁远县九嶷山兔产业', '新田县富硒农业'],
    sights: ['九嶷山', '柳子庙', '阳明山', '浯溪碑林', '上甘棠古村'],
  },
  {
    delegation: '怀化市代表团',
    city: '怀化市',
    counties: [
      '鹤城区',
      '中方县',
      '沅陵县',
      '辰溪县',
      '溆浦县',
      '会同县',
      '麻阳苗族自治县',
      '新晃侗族自治县',
      '芷江侗族自治县',
      '靖州苗族侗族自治县',
      '通道侗族自治县',
      '洪江市',
    ],
    specialties: ['麻阳苗族自治县冰糖橙产业', '靖州苗族侗族自治县杨梅产业', '新晃侗族自治县黄牛产业', '会同县竹木产业', '溆浦县中药材产业', '中方县医药产业'],
    sights: ['洪江古商城', '芷江受降纪念坊', '通道转兵纪念馆', '黔阳古城', '借母溪自然保护区'],
  },
  {
    delegation: '娄底市代表团',
    city: '娄底市',
    counties: ['娄星区', '双峰县', '新化县', '冷水江市', '涟源市'],
    specialties: ['双峰县农机制造产业', '新化县文印产业', '冷水江市锑品深加工产业', '涟源市湘中药材产业', '娄星区薄板深加工产业'],
    sights: ['紫鹊界梯田', '梅山龙宫', '曾国藩故居', '湄江风景区'],
  },
  {
    delegation: '湘西土家族苗族自治州代表团',
    city: '湘西土家族苗族自治州',
    counties: ['吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县', '龙山县'],
    specialties: ['保靖县黄金茶产业', '古丈县毛尖茶产业', '花垣县锰锌产业', '泸溪县椪柑产业', '龙山县百合产业', '永顺县猕猴桃产业'],
    sights: ['凤凰古城', '十八洞村', '老司城遗址', '矮寨大桥', '芙蓉镇'],
  },
  {
    delegation: PLA_DELEGATION,
    city: '',
    counties: [],
    specialties: [],
    sights: [],
  },
];

/** Delegation names in the order of the congress's seating list. */
export const DELEGATIONS: string[] = CITIES.map((c) => c.delegation);

const ALL_CITIES = CITIES.filter((c) => c.city !== '');

/**
 * The place information of a delegation. The PLA delegation (and any unknown
 * name) gets the first city's record, so callers always receive places.
 */
export function cityOf(delegation: string): CityInfo {
  const found = ALL_CITIES.find((c) => c.delegation === delegation || c.city === delegation);
  return found ?? (ALL_CITIES[0] as CityInfo);
}

/** All cities that have places (the 14 city and prefecture delegations). */
export function placeCities(): CityInfo[] {
  return ALL_CITIES;
}
