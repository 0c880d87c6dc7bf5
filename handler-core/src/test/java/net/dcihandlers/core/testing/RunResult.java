package net.dcihandlers.core.testing;

/** What one handler invocation printed, and its exit status. */
public record RunResult(int exit, String stdout, String stderr) {
    /** stdout as a document; fails the test when it is not exactly one well-formed document. */
    public Doc doc() {
        return Doc.parse(stdout);
    }
}
