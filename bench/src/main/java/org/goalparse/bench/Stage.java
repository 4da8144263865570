package org.goalparse.bench;

/** The pipeline's stages as the bench times them; READ is reading the file and hashing it (GoalParser's own step). */
enum Stage {
    READ("read+hash"), EXTRACT("extract"), NORMALIZE("normalize"), SEGMENT("segment"), INTERPRET("interpret"),
    JSON("JSON");

    final String label;

    Stage(String label) {
        this.label = label;
    }
}
