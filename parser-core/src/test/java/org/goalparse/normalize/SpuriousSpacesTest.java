package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fragments from the samples (after NFKC), each with the text it must become. */
class SpuriousSpacesTest {
    private static final SpuriousSpaces RULE = new SpuriousSpaces();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            地域振興課・人権推進課・市民 課(5支所)・交通防犯課で構成し | 地域振興課・人権推進課・市民課(5支所)・交通防犯課で構成し
            1 コミュニティ活動の活発なまちづくりの 促進 | 1 コミュニティ活動の活発なまちづくりの促進
            人権の 尊重、男女共同参画社会の実現 | 人権の尊重、男女共同参画社会の実現
            交通安全・防犯対 策に関する施策に取り組んでいます。 | 交通安全・防犯対策に関する施策に取り組んでいます。
            継続した自治会活動の支援、地区セ ンター設置を見据えた | 継続した自治会活動の支援、地区センター設置を見据えた
            地域コミュニティの維持・ 発展・再構築と自治会加入促進の充実に努めま す。 | 地域コミュニティの維持・発展・再構築と自治会加入促進の充実に努めます。
            地域コミュニティの中核を担う区・自治会との 連携により | 地域コミュニティの中核を担う区・自治会との連携により
            地域社会でと もに助け合うため、市国際交流協会と連携し、「や さしい日本語」の普及を図ります。 | 地域社会でともに助け合うため、市国際交流協会と連携し、「やさしい日本語」の普及を図ります。
            母語の異なる外国人市民への情報発信、意 思疎通を円滑なものとするため | 母語の異なる外国人市民への情報発信、意思疎通を円滑なものとするため
            「やさしい日本語」の普及に努め ました。 | 「やさしい日本語」の普及に努めました。
            第5次いるま男女共同参画プランに基づき、た がいの個性や多様性を認めあい、誰もが自分らし く輝く入間の実現を目指します。 | 第5次いるま男女共同参画プランに基づき、たがいの個性や多様性を認めあい、誰もが自分らしく輝く入間の実現を目指します。
            ・講座、講演会の定員数に対する参加者数の割合 : 70%以上 | ・講座、講演会の定員数に対する参加者数の割合:70%以上
            ・自治会加入世帯数: 40,070 世帯(令和4年10月1日現在) | ・自治会加入世帯数:40,070世帯(令和4年10月1日現在)
            ・ 各種専門相談: 12 種類 | ・各種専門相談:12種類
            ・子育て支援関連施設従事者向け講座、市職員 向け講座(2回)の実施 | ・子育て支援関連施設従事者向け講座、市職員向け講座(2回)の実施
            ・市公式ホームページでの市政情報発信、外国 人市民が多く見るページの「やさしい日本 語」併記 | ・市公式ホームページでの市政情報発信、外国人市民が多く見るページの「やさしい日本語」併記
            ・広報いるまをはじめとする市刊行物等での 「やさしい日本語」の活用 | ・広報いるまをはじめとする市刊行物等での「やさしい日本語」の活用
            地域包括支援セン ター複合化工事や受付窓口整備工事等を行 い、施設のハード面を整備しました。 | 地域包括支援センター複合化工事や受付窓口整備工事等を行い、施設のハード面を整備しました。
            ソフト面 では、新たに始める福祉総合相談窓口を実施 するためのタブレット端末の整備 | ソフト面では、新たに始める福祉総合相談窓口を実施するためのタブレット端末の整備
            全講演会の定員数に対する 参加者数の割合は 61.7%でした。 | 全講演会の定員数に対する参加者数の割合は61.7%でした。
            ・市内中学校における「LGBT」講演会の開 催、パネル展の実施 | ・市内中学校における「LGBT」講演会の開催、パネル展の実施
            第 11 次入間市交通安全計画に基づき、子ども と高齢者の事故防止に重点を置き、保育所・小学 校・老人クラブ等を訪問し | 第11次入間市交通安全計画に基づき、子どもと高齢者の事故防止に重点を置き、保育所・小学校・老人クラブ等を訪問し
            事件等による犯罪被害者とその家族に対する支援 の更なる充実を図り、責務等を明確化するため、犯 罪被害者等支援条例を制定します。 | 事件等による犯罪被害者とその家族に対する支援の更なる充実を図り、責務等を明確化するため、犯罪被害者等支援条例を制定します。
            マイナンバーカードの申請・交付事務につい ては、「おうち受け取りプラン」、「申請サポー トイベント」 | マイナンバーカードの申請・交付事務については、「おうち受け取りプラン」、「申請サポートイベント」
            「マルチコピー機の設置」等のサ ービスを充実させたことから、令和5年3月末 日現在、申請率 82.12%、交付率 65.85%とな りました。 | 「マルチコピー機の設置」等のサービスを充実させたことから、令和5年3月末日現在、申請率82.12%、交付率65.85%となりました。
            通学路や交通事故の多い危険な箇 所を中心に道路反射鏡、道路標示等の設置工 事や修繕を実施しました。 | 通学路や交通事故の多い危険な箇所を中心に道路反射鏡、道路標示等の設置工事や修繕を実施しました。
            ・子どもと高齢者対象の交通安全教室 実施回数及び参加人員: 223 回、11,342 人 | ・子どもと高齢者対象の交通安全教室 実施回数及び参加人員:223回、11,342人
            「犯罪被害者 等見舞金及び支援金の支給に関する規則」を 令和4年10月1日に制定し、犯罪被害者等へ の安定した支援 | 「犯罪被害者等見舞金及び支援金の支給に関する規則」を令和4年10月1日に制定し、犯罪被害者等への安定した支援
            ・広報車による啓発活動 年間 343 回、 | ・広報車による啓発活動 年間343回、
            ・防犯情報紙配布枚数 169,602 枚 | ・防犯情報紙配布枚数169,602枚
            797 時間 | 797時間
            誰もがまちづくりに参画 ・ 参加できる環境を整え、さまざま な市民活動の充実を図り | 誰もがまちづくりに参画・参加できる環境を整え、さまざまな市民活動の充実を図り
            4,339 人 (令和 2 年度) | 4,339人 (令和2年度)
            13 自治会 (令和 2 年度) | 13自治会 (令和2年度)
            部 局 | 部局
            9,700 人 9,800 人 | 9,700人 9,800人
            ・パンフレット配布 1,200 部 | ・パンフレット配布1,200部
            1,200 部 (令和5年度) | 1,200部 (令和5年度)
            """)
    void joinsWordsSplitByTheExtraction(String input, String expected) {
        assertEquals(expected, RULE.apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            市民生活部長 関谷 佳代子
            うちだ とおる 内田 徹
            たかなし あけみ 高梨 明美
            宮城 節子
            1 コミュニティ活動の活発なまちづくりの促進 地域コミュニティの中核を担う
            令和3年度 市民生活部長の目標宣言
            Work Life Balance
            5-1-③ 地域課題の共有を図り、協働によるまちづくりを推進します。
            45 新たなコミュニティとつながりの創出
            5 人権の尊重と専門相談の充実
            3 地区センター開設準備
            (3) 協働事業提案制度の見直しを行います。 ①令和3年度に検討したエントリーシート
            (2) (仮称)市民活動支援センターの令和5年(2023年)2月の設置に向け
            最終報告 国や他自治体との間で特定個人情報の照会や提供が正しく安全に行われるよう
            ①地域自治組織形成支援に向け、地域連携センターと共同で公民分館等へ働きかけ 令和4年度(2022年度)
            ○地域自治組織の形成支援としては、ヒアリング調査を実施しました。 ○地域自治推進条例施行10年の取り組み
            展を目指します。 ・地域コミュニティ推進講演会の開催:3回
            地域自治推進事業 (協働推進課)
            14,989人 (令和2年度)
            1. 部局の使命
            16,000人 17,000人
            2 部活動の指導者確保
            2件 2件 市民協働課
            """)
    void keepsRealSeparations(String text) {
        assertEquals(text, RULE.apply(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            母語の異なる外国人市民への情報発信、意 思疎通を円滑なものとするため、市国際交流 協会と連携し「やさしい日本語」の普及に努め ました。 | 母語の異なる外国人市民への情報発信、意思疎通を円滑なものとするため、市国際交流協会と連携し「やさしい日本語」の普及に努めました。
            また、7月には団体等へ地区センター整備 計画の説明を、12月には市民説明会を開催し、 市民周知に努めました。 | また、7月には団体等へ地区センター整備計画の説明を、12月には市民説明会を開催し、市民周知に努めました。
            市民一人ひとりがお互いに人権を尊重できる 社会を醸成するため、人権啓発活動を推進しま す。 | 市民一人ひとりがお互いに人権を尊重できる社会を醸成するため、人権啓発活動を推進します。
            1 コミュニティ活動の活発なまちづくりの促進 地域コミュニティの中核を担う区・自治会との 連携により、継続した自治会活動の支援、地区セ ンター設置を見据えた地域コミュニティの維持・ 発展・再構築と自治会加入促進の充実に努めま す。 | 1 コミュニティ活動の活発なまちづくりの促進 地域コミュニティの中核を担う区・自治会との連携により、継続した自治会活動の支援、地区センター設置を見据えた地域コミュニティの維持・発展・再構築と自治会加入促進の充実に努めます。
            市民一人ひとりがお互いに人権を尊重できる 社会を醸成するため、Work Life Balanceを推進しま す。 | 市民一人ひとりがお互いに人権を尊重できる社会を醸成するため、Work Life Balanceを推進します。
            """)
    void joinsTheLinesOfAParagraphTheRenditionPrintedOnOneLine(String input, String expected) {
        // pieces of one width, the column the paragraph was set in: each space between them is a line end;
        // spaces between Latin words are no line ends and stay
        assertEquals(expected, RULE.apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            目標値:地域ケア会議の開催 年12回、認知症サポーターの養成 累計4,500人
            市民協働課 交通防犯対策担当 市民文化会館担当 人権・広聴相談課 戸籍住民課
            ・子どもと高齢者対象の交通安全教室 実施回数及び参加人員:223回、11,342人
            市国際交流 協会と連携しました。
            """)
    void piecesOfUnequalWidthOrNoParagraphKeepTheirSpaces(String text) {
        assertEquals(text, RULE.apply(text));
    }

    @Test
    void aNameBeforeItsBracketedNoteIsOneNounPhrase() {
        // hiratsuka text: a project cell printed its wrapped lines one after the other
        assertEquals("男女共同参画推進事業 (人権・男女共同参画課)", RULE.apply("男女共同参画 推進事業 (人権・男女共同参画課)"));
        assertEquals("安全で豊かな消費生活推進事業 (市民情報・相談課)", RULE.apply("安全で豊かな消費生活 推進事業 (市民情報・相談課)"));
        assertEquals("市民生活部長 関谷 佳代子 (市民生活部)", RULE.apply("市民生活部長 関谷 佳代子 (市民生活部)"));
        assertEquals("市民協働課 交通防犯対策担当", RULE.apply("市民協働課 交通防犯対策担当"));
    }

    @Test
    void aSpaceAfterASentenceEndGoesUnlessAMarkerFollows() {
        assertEquals("市民周知に努めました。また、7月には", RULE.apply("市民周知に努めました。 また、7月には"));
        assertEquals("説明会を開催し、市民周知に努めました。", RULE.apply("説明会を開催し、 市民周知に努めました。"));
    }

    @Test
    void anAngleBracketedLabelLosesItsInnerSpacesButAComparisonKeepsThem() {
        // a flattened sheet's letter-spaced heading: <ミ ッ シ ョ ン >
        assertEquals("1 目標項目 <ミッション> 公平な税負担", RULE.apply("1 目標項目 <ミ ッ シ ョ ン > 公平な税負担"));
        assertEquals("<基本方針> 安全なまち", RULE.apply("< 基本方針 > 安全なまち"));
        assertEquals("達成率 > 80%", RULE.apply("達成率 > 80%"));
    }

    @Test
    void decisionsSayWhy() {
        var decisions = RULE.decide("地区セ ンター 市民生活部長 関谷 佳代子");
        assertEquals(4, decisions.size());
        assertEquals(3, decisions.get(0).index());
        assertFalse(decisions.get(0).keep());
        assertEquals("kana that cannot start a word", decisions.get(0).reason());
        assertTrue(decisions.get(2).keep());
        assertTrue(decisions.get(3).keep());
    }
}
