package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Project;

/**
 * Main projects (主な事業) laid out as sections rather than a table: a project's name with its division in
 * brackets on a line of its own, then a plan sub-heading (平成28年度の取組, 取組内容) and a report sub-heading
 * (最終報告, 実績), each followed by its text. Read like {@link ProjectTableReader}'s rows. A project counts
 * only once a sub-heading follows its name (a bracketed division alone proves nothing), and text that no
 * sub-heading announced is left out.
 */
final class ProjectSections {
    private static final Pattern NAME = Pattern.compile("^(.{2,40}?)\\s*[(（]([^()（）]{2,20})[)）]$");
    private static final Pattern PLAN = Pattern.compile("^.{0,12}取組[みの]?(内容)?$");
    private static final Pattern REPORT = Pattern.compile("^(最終報告|実績|結果報告)$");

    private final List<String[]> read = new ArrayList<>(); // name, division, plan, report
    private String[] current;
    private int pending = -1; // the slot a sub-heading opened: 2 plan, 3 report

    /**
     * Takes a line or paragraph of the projects section; whether it was a project's name or a sub-heading of
     * one. A heading that is neither ends the slot it would have filled.
     */
    boolean accept(String text, boolean heading) {
        String t = text.strip().replaceAll("\\s+", " ");
        String c = Texts.compact(t);
        Matcher name = NAME.matcher(t);
        if (name.matches() && Texts.isDivisionName(Texts.compact(name.group(2))) && !name.group(1).contains("。")) {
            current = new String[] {Texts.compact(name.group(1)), Texts.compact(name.group(2)), null, null};
            read.add(current);
            pending = -1;
            return true;
        }
        if (current == null) {
            return false;
        }
        if (REPORT.matcher(c).matches()) {
            pending = 3;
            return true;
        }
        if (PLAN.matcher(c).matches()) {
            pending = 2;
            return true;
        }
        if (heading && !c.endsWith("。")) {
            pending = -1;
        } else if (pending > 0) {
            current[pending] = current[pending] == null ? t : current[pending] + t;
        }
        return false;
    }

    List<Project> projects() {
        List<Project> out = new ArrayList<>();
        for (String[] p : read) {
            if (p[2] == null && p[3] == null) {
                continue;
            }
            out.add(new Project(p[0], p[1], p[2], p[3], p[3] == null ? List.of() : Quantities.find(p[3])));
        }
        return out;
    }
}
