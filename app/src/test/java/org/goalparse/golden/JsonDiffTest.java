package org.goalparse.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private static String first(String expected, String actual) throws Exception {
        return JsonDiff.first(json(expected), json(actual)).map(Difference::describe).orElse("same");
    }

    @Test
    void namesTheFirstDifferingFieldAsAPath() throws Exception {
        String expected = "{'goals':[{'number':1},{'number':2},{'number':3,'targets':[{'value':60,'unit':'人'}]}]}";
        String actual = "{'goals':[{'number':1},{'number':2},{'number':3,'targets':[{'value':4000,'unit':'人'}]}]}";
        assertEquals("goals[2].targets[0].value: expected 60 but was 4000", first(expected, actual));
    }

    @Test
    void equalTreesHaveNoDifference() throws Exception {
        assertEquals("same", first("{'a':[1,'入間市',null,{'b':true}]}", "{'a':[1,'入間市',null,{'b':true}]}"));
    }

    @Test
    void numbersCompareByValue() throws Exception {
        assertEquals("same", first("{'v':60}", "{'v':60.0}"));
        assertEquals("v: expected 0.5 but was 0.25", first("{'v':0.5}", "{'v':0.25}"));
    }

    @Test
    void stringsAreQuotedAndJapaneseIsKept() throws Exception {
        assertEquals("municipality: expected \"入間市\" but was null", first("{'municipality':'入間市'}",
                "{'municipality':null}"));
    }

    @Test
    void missingAndExtraFieldsAndElements() throws Exception {
        assertEquals("head: expected {\"name\":\"x\"} but was nothing", first("{'head':{'name':'x'}}", "{}"));
        assertEquals("extra: expected nothing but was 1", first("{}", "{'extra':1}"));
        assertEquals("goals[1]: expected nothing but was 2", first("{'goals':[1]}", "{'goals':[1,2]}"));
        assertEquals("goals[1]: expected 2 but was nothing", first("{'goals':[1,2]}", "{'goals':[1]}"));
    }

    @Test
    void typeChangeAndRoot() throws Exception {
        assertEquals("staff: expected 3 but was \"3\"", first("{'staff':3}", "{'staff':'3'}"));
        assertEquals("$: expected [] but was {}", first("[]", "{}"));
        assertEquals("$[\"a b\"]: expected 1 but was 2", first("{'a b':1}", "{'a b':2}"));
    }

    @Test
    void allListsDifferencesInDocumentOrderUpToTheLimit() throws Exception {
        List<Difference> all = JsonDiff.all(json("{'a':1,'b':[1,2],'c':'x'}"), json("{'a':2,'b':[1,3],'c':'y'}"), 2);
        assertEquals("a, b[1]", all.stream().map(Difference::path).collect(Collectors.joining(", ")));
    }

    @Test
    void longValuesAreShortened() throws Exception {
        String longText = "あ".repeat(500);
        String message = first("{'t':'" + longText + "'}", "{'t':'x'}");
        assertTrue(message.length() < 250, message);
        assertTrue(message.endsWith("but was \"x\""), message);
    }
}
