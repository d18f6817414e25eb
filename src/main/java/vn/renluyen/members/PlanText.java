package vn.renluyen.members;

/** The four parts of a yearly plan: political study, work, ethics and lifestyle, tasks from the cell. */
public record PlanText(String politicalStudy, String work, String ethics, String cellTasks) {

    public boolean isComplete() {
        return filled(politicalStudy) && filled(work) && filled(ethics) && filled(cellTasks);
    }

    private static boolean filled(String part) {
        return part != null && !part.isBlank();
    }
}
