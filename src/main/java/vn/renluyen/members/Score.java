package vn.renluyen.members;

/** Points given for the general criteria and for the results of tasks. */
public record Score(int general, int tasks) {

    public int total() {
        return general + tasks;
    }

    Score checked(RatingRules rules) {
        if (general < 0 || general > rules.generalMax() || tasks < 0 || tasks > rules.tasksMax()) {
            throw new MemberProblem("rating.error.points", rules.generalMax(), rules.tasksMax());
        }
        return this;
    }
}
