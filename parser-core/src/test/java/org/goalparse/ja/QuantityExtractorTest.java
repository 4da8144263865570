package org.goalparse.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.goalparse.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fragments are from the sample documents (NFKC-normalized as the normalizer leaves them). */
class QuantityExtractorTest {
    private final QuantityExtractor extractor = QuantityExtractor.get();

    /** "value unit [comparator]" per quantity, e.g. "80 % >=". */
    private List<String> brief(String text) {
        return brief(extractor.extract(text));
    }

    private static List<String> brief(List<Quantity> qs) {
        List<String> out = new ArrayList<>();
        for (Quantity q : qs) {
            out.add(q.value().toPlainString() + " " + q.unit() + (q.comparator() == null ? "" : " " + q.comparator()));
        }
        return out;
    }

    private Quantity only(String text) {
        List<Quantity> qs = extractor.extract(text);
        assertEquals(1, qs.size(), () -> text + " -> " + qs);
        return qs.get(0);
    }

    @Test
    void roadSectionsAreCounted() {
        assertEquals(List.of("2 区間", "85 %"), brief("バイパス区間の供用2区間、事業中区間の用地取得率85%"));
    }

    @Test
    void labelledCountWithAsOfDate() {
        Quantity q = only("自治会加入世帯数:40,070世帯(令和4年10月1日現在)");
        assertEquals(new BigDecimal("40070"), q.value());
        assertEquals("世帯", q.unit());
        assertEquals("自治会加入世帯数", q.metric());
        assertEquals("2022-10-01", q.asOf());
        assertEquals("自治会加入世帯数:40,070世帯", q.text());
        assertNull(q.comparator());
    }

    @Test
    void spacesLeftAroundTheNumberAreTolerated() {
        Quantity q = only("·自治会加入世帯数: 40,070 世帯(令和4年10月1日現在)");
        assertEquals(new BigDecimal("40070"), q.value());
        assertEquals("世帯", q.unit());
        assertEquals("自治会加入世帯数", q.metric());
        assertEquals("2022-10-01", q.asOf());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "講演会の開催:3回|3|回||講演会の開催",
        "交付率80%以上|80|%|>=|交付率",
        "募集定員の80%以上の参加者を募ります|80|%|>=|募集定員",
        "参加者数の割合:70%以上|70|%|>=|参加者数の割合",
        "各種専門相談:12種類|12|種類||各種専門相談",
        "人権推進課所管の各種専門相談:12種類実施|12|種類||人権推進課所管の各種専門相談",
        "(全3回)|3|回||",
        "個別就労相談(全20日)を実施しました。|20|日||",
        "4校区以上|4|校区|>=|",
        "(通年実施、2校区)|2|校区||",
        "1 通年実施、出前講座等参加者数4,000人|4000|人||出前講座等参加者数",
        "就職人数(雇用保険加入)60人|60|人||就職人数",
        "(年3回実施)|3|回||",
        "(令和4年度末交付率60%)|60|%||交付率",
        "14自治会|14|自治会||",
        "防犯カメラの設置箇所数 15箇所|15|箇所||設置箇所数",
        "平和関連事業実施件数 2件|2|件||平和関連事業実施件数",
        "9,700人|9700|人||",
        "人権擁護委員による人権教室の実施:市内小中学校6校|6|校||人権擁護委員による人権教室の実施",
        "防犯情報紙配布枚数 169,602 枚|169602|枚||防犯情報紙配布枚数",
        "3万人|3|万人||",
        "1.5倍|1.5|倍||",
        "5割|5|割||",
        "約300人|300|人||",
        "マイナンバーカード交付率:80%(対人口比)|80|%||マイナンバーカード交付率",
        "目標:電子決裁率60%|60|%||電子決裁率",

        "全講演会の定員数に対する参加者数の割合は 61.7%でした。|61.7|%||",
        "市職員向け講座を2回実施しました。|2|回||",
        "参加者は20名以下とします|20|名|<=|",
        "相談件数100件を超える|100|件|>|相談件数",
        "待ち時間30分未満|30|分|<|待ち時間",
        "補助額5千円以内|5|千円|<=|補助額",
        "1万2千人|12000|人||",
        "市民1人当たりの貸出冊数を年5冊とする|5|冊||",
        "二十五人|25|人||",
    })
    void singleQuantity(String text, String value, String unit, String comparator, String metric) {
        Quantity q = only(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), text);
        assertEquals(unit, q.unit(), text);
        assertEquals(comparator, q.comparator(), text);
        if (metric != null) {
            assertEquals(metric, q.metric(), text);
        }
        assertTrue(text.contains(q.text()), text);
    }

    @Test
    void aFormsLabelIsNoMetric() {
        assertNull(only("目標値:年500件").metric());
        assertNull(only("達成状況:予定どおり20台").metric());
        assertEquals("参加児童数", only("達成水準:参加児童数 延べ600人").metric());
    }

    @Test
    void aNumberInsideARatesNameIsNoTarget() {
        assertEquals(List.of("10 % <="), brief("月45時間を超える時間外勤務の教職員の割合 10%以下"));
        assertEquals(List.of("50 %"), brief("週1回以上運動する市民の割合:50%"));
        // without a percentage after the rate the number stands for itself
        assertEquals(List.of("45 時間 <="), brief("時間外勤務を月45時間以内とする"));
    }

    @Test
    void severalQuantitiesInOneSentence() {
        assertEquals(List.of("82.12 %", "65.85 %"), brief("申請率82.12%、交付率65.85%"));
        assertEquals(List.of("223 回", "11342 人"), brief("実施回数及び参加人員: 223 回、11,342 人"));
        assertEquals(List.of("343 回", "797 時間"), brief("広報車による啓発活動 年間343回、797時間"));
        assertEquals(List.of("15 名", "47 名", "104 %"), brief("定員:各15名、参加者47名、参加率104%"));
        assertEquals(List.of("12 団体", "40 回"), brief("公募型の公民連携事業の実施(通年、応募団体数:12団体、延講座開催数:40回)"));
        assertEquals(List.of("62.8 %", "81.6 %"), brief("(2月末時点で交付率62.8%、申請率81.6%)"));
        assertEquals(List.of("6 会場", "1965 人"), brief("(市内)6会場、延参加者1,965人"));
        assertEquals(List.of("3 回", "3 回", "3 コース"),
                brief("基礎編(3回)・応用編(3回)・実践コース(3コース)を設定し実施しました。"));
        assertEquals(List.of("29 回", "50 回"),
                brief("暮らしの講座等を計29回開催した他、消費生活相談員を研修会等に計50回参加させ、資質向上を図りました。"));
        assertEquals(List.of("222 回", "4675 人"), brief("高等学校において啓発講座を実施しました。(全222回、4,675人)"));
    }

    @Test
    void metricsOfAListAreTheirOwn() {
        List<Quantity> qs = extractor.extract("定員:各15名、参加者47名、参加率104%");
        assertEquals("定員", qs.get(0).metric());
        assertEquals("定員:各15名", qs.get(0).text());
        assertEquals("参加者", qs.get(1).metric());
        assertEquals("参加率", qs.get(2).metric());
        List<Quantity> pair = extractor.extract("実施回数及び参加人員: 223 回、11,342 人");
        assertEquals("実施回数及び参加人員", pair.get(0).metric());
        assertNull(pair.get(1).metric());
        List<Quantity> row = extractor.extract("防犯カメラの設置箇所数 15箇所 (令和2年度) 15箇所 18箇所");
        assertEquals(3, row.size());
        assertNull(row.get(1).metric()); // not "箇所", the counter of the number before
    }

    @Test
    void asOfFromADateMarkedCurrentInTheSameSentence() {
        List<Quantity> qs = extractor.extract("サービスを充実させたことから、令和5年3月末日現在、申請率 82.12%、交付率 65.85%となりました。");
        assertEquals(List.of("2023-03-31", "2023-03-31"), qs.stream().map(Quantity::asOf).toList());
        List<Quantity> feb = extractor.extract("(2月末時点で交付率62.8%、申請率81.6%)", 2022);
        assertEquals(List.of("2023-02", "2023-02"), feb.stream().map(Quantity::asOf).toList());
        List<Quantity> noContext = extractor.extract("(2月末時点で交付率62.8%、申請率81.6%)");
        assertNull(noContext.get(0).asOf());
        List<Quantity> after = extractor.extract("申請率82%、交付率65%(令和5年3月末現在)");
        assertEquals(List.of("2023-03", "2023-03"), after.stream().map(Quantity::asOf).toList());
        assertNull(only("講演会の開催:3回").asOf());
    }

    @Test
    void fiscalYearBeforeTheRateIsNotAQuantity() {
        assertEquals(List.of("60 %"), brief("マイナンバーカード交付円滑化計画に基づく取組みを推進します。(令和4年度末交付率60%)"));
    }

    @Test
    void organisationCountsThatAreNotCountersStayOut() {
        assertEquals(List.of(), brief("地域振興課(9地区センター)・人権推進課"));
        assertEquals(List.of(), brief("地区センターの6つの機能が十分に発揮されるよう充実を図ります。"));
        assertEquals(List.of(), brief("6つの機能を十分発揮するよう運営します。"));
        assertEquals(List.of(), brief("4各業務"));
        assertEquals(List.of(), brief("庄内出張所など9施設機能が入居する庄内コラボセンター"));
        assertEquals(List.of("9 施設"), brief("市内9施設で実施"));
        assertEquals(List.of("9 地区"), brief("9地区の地区センターを拠点とし"));
    }

    @Test
    void durationsAndDeadlinesAreFoundButNotExtracted() {
        String deadline = "出生届と出生証明書は、誕生日から14日以内に市区町村へ提出する必要があります。";
        assertEquals(List.of(), extractor.extract(deadline));
        List<QuantityMatch> found = extractor.findAll(deadline, null);
        assertEquals(1, found.size());
        assertEquals(QuantityKind.DEADLINE, found.get(0).kind());
        assertEquals("14日以内", found.get(0).quantity().text());
        assertEquals("<=", found.get(0).quantity().comparator());

        String decade = "2地域自治推進条例施行(平成24年(2012年))10年の成果と課題をふまえ";
        assertEquals(List.of(), extractor.extract(decade));
        assertEquals(QuantityKind.DURATION, extractor.findAll(decade, null).get(0).kind());
        assertEquals(List.of(), extractor.extract("地域自治推進条例施行から10年間の成果と課題をふまえ"));
        assertEquals(List.of(), extractor.extract("4. 中期目標(概ね今後4年間)"));
        assertEquals(List.of(), extractor.extract("3か月ごとに点検"));

        // a time limit not counted from an event is a service target and stays a measure
        assertEquals(List.of("3 日 <="), brief("申請受付後3日以内に交付"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // dates and times
        "令和5年3月末日", "令和4年10月1日", "5月20日付にて委員会に諮問を行い", "3月末(3/27)", "3/27", "7月", "12月",
        "(4月~10月)", "5月~11月", "2月策定", "中間見直しは11月迄に素案検討、12月意見公募手続き、2月策定",
        "令和5年(2023年)2月20日から全面開所", "10:30開始", "10時30分から", "毎月10日", "平成29年1月から運用が開始される",
        // fiscal years and eras
        "令和4年度", "平成28年度", "2022年度", "令和4年度(2022年度)", "計画期間:令和3年度~令和4年度", "R4年度", "H28",
        // ordinals
        "第3期", "第11次", "第5次", "第1回", "2第3期委託事業者の選定評価を実施", "第 11 次入間市交通安全計画", "3回目の開催",
        // anniversaries and ages
        "60周年", "姉妹都市提携25周年を記念して", "18歳成人施行の影響を受ける高校生", "18歳",
        // plan names, codes
        "プラン2017", "ひらつか男女共同参画プラン2007", "5-1-③", "5-1-3 地域課題の共有を図り", "17-101", "No.3", "COVID-19",
        // list markers
        "1 地域の特性を活かしたコミュニティ", "(1)", "①", "1. 部局の使命", "2) 当部の使命", "(2) 市民窓口サービスの向上",
        "1未設置の小学校区において", "5 人づくり・組織づくり", "2人権の尊重",
        // kanji words with numerals
        "市民一人ひとりが", "十分に発揮", "千里文化センターコラボ", "一か所の窓口で手続き", "統一的な運用", "一層の充実",
        // a bare number is not a quantity
        "3分の1以上", "10時30分",
        "45 新たなコミュニティとつながりの創出", "協働推進課 うちだ とおる 内田 徹 9", "市民課(5支所)", "3万", "つぎの3点を実践します", "次の2つの取組を進めます",
        // the denominator of a rate
        "市民1人1日当たりの", "1件あたりの補助", "人口10万人当たりの",
        // one per each
        "1人1台端末を使った授業", "1校1取組の推進",
        // a decimal point printed as 、 (53.6%): the tail is no figure
        "市の普及率は、53、6%である",
    })
    void notQuantities(String text) {
        assertEquals(List.of(), extractor.extract(text), text);
    }

    @Test
    void wholeSampleDocumentGivesTheAchievementsInOrder() throws Exception {
        String root = System.getProperty("goalparse.root", "..");
        String doc = java.text.Normalizer.normalize(java.nio.file.Files.readString(
                java.nio.file.Path.of(root, "samples", "iruma-2025-shiminseikatsubu.txt")), java.text.Normalizer.Form.NFKC);
        List<String> all = new ArrayList<>();
        for (String line : doc.replaceAll("<[^>]+>", "\n").split("\n")) {
            all.addAll(brief(line));
        }
        List<String> goal4 = List.of("3 回", "15 名", "47 名", "104 %", "3 回", "20 名", "40 名", "67 %", "20 日", "80 名",
                "43 名", "54 %");
        assertTrue(java.util.Collections.indexOfSubList(all, goal4) >= 0, all::toString);
        assertTrue(all.contains("80 % >="), all::toString);
        assertEquals(2, all.stream().filter("12 種類"::equals).count(), all::toString);
        assertTrue(all.stream().noneMatch(q -> q.startsWith("14 ") || q.startsWith("6 ") || q.startsWith("7 ")),
                all::toString); // 14日以内 (law), 6つの機能, 令和7年10月1日
    }

    @Test
    void offsetsPointAtTheText() {
        String text = "定員:各15名、参加者47名、参加率104%";
        for (QuantityMatch m : extractor.findAll(text, null)) {
            assertEquals(m.quantity().text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void distinctDropsRestatements() {
        List<Quantity> qs = extractor.extract("各種専門相談:12種類 各種専門相談:12 種類 4校区以上 4校区");
        assertEquals(List.of("12 種類", "4 校区 >=", "4 校区"), brief(QuantityExtractor.distinct(qs)));
        assertEquals(1, QuantityExtractor.distinct(List.of(Quantity.textOnly("現状把握"), Quantity.textOnly("現状把握"))).size());
    }

    @Test
    void emptyAndNumberlessTexts() {
        assertEquals(List.of(), extractor.extract(""));
        assertEquals(List.of(), extractor.extract(null));
        assertEquals(List.of(), extractor.extract("現状把握"));
    }

    @Test
    void sharedInstanceIsThreadSafe() throws Exception {
        String text = "定員:各15名、参加者47名、参加率104% 自治会加入世帯数:40,070世帯(令和4年10月1日現在)";
        List<String> expected = brief(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> brief(text)));
            }
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
