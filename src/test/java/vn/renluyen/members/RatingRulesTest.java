package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingRulesTest {

    private final RatingRules rules = new RatingRules(null, null, null, null, null, null, null, null, null);

    @Test
    void theBandFollowsTheTotalAtItsBoundaries() {
        assertThat(rules.band(100)).isEqualTo(RatingBand.EXCELLENT);
        assertThat(rules.band(90)).isEqualTo(RatingBand.EXCELLENT);
        assertThat(rules.band(89)).isEqualTo(RatingBand.GOOD);
        assertThat(rules.band(70)).isEqualTo(RatingBand.GOOD);
        assertThat(rules.band(69)).isEqualTo(RatingBand.COMPLETED);
        assertThat(rules.band(50)).isEqualTo(RatingBand.COMPLETED);
        assertThat(rules.band(49)).isEqualTo(RatingBand.NOT_COMPLETED);
    }

    @Test
    void excellentIsAtMostAFifthOfGoodRoundedDown() {
        assertThat(rules.excellentAllowed(4)).isZero();
        assertThat(rules.excellentAllowed(5)).isEqualTo(1);
        assertThat(rules.excellentAllowed(14)).isEqualTo(2);
        assertThat(RatingRules.excellentAllowed(4, 25)).isEqualTo(1);
    }

    @Test
    void aBandWithAnUnmetConditionGivesWayToTheNextOne() {
        RatingRules withConditions = new RatingRules(null, null, null, null, null, null, null, null, java.util.Map.of(
                RatingBand.EXCELLENT, java.util.List.of("điều kiện A"), RatingBand.GOOD, java.util.List.of("điều kiện B")));
        assertThat(withConditions.band(95, java.util.Set.of("điều kiện A", "điều kiện B"))).isEqualTo(RatingBand.EXCELLENT);
        assertThat(withConditions.band(95, java.util.Set.of("điều kiện B"))).isEqualTo(RatingBand.GOOD);
        assertThat(withConditions.band(95, java.util.Set.of())).isEqualTo(RatingBand.COMPLETED);
        assertThat(withConditions.band(75, java.util.Set.of("điều kiện A"))).isEqualTo(RatingBand.COMPLETED);
        assertThat(rules.band(95, java.util.Set.of())).isEqualTo(RatingBand.EXCELLENT);
    }

    @Test
    void pointsStayInsideThirtyAndSeventy() {
        assertThat(new Score(30, 70).checked(rules).total()).isEqualTo(100);
        assertThatThrownBy(() -> new Score(31, 50).checked(rules)).hasMessage("rating.error.points");
        assertThatThrownBy(() -> new Score(20, 71).checked(rules)).hasMessage("rating.error.points");
        assertThatThrownBy(() -> new Score(-1, 50).checked(rules)).hasMessage("rating.error.points");
    }
}
