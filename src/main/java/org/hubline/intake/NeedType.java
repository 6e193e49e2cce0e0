package org.hubline.intake;

/** A kind of need within a category ("Prescription collection" in "Medicines"). */
public record NeedType(Long id, String categoryCode, String categoryName, String name, boolean urgent,
        boolean asksWhenNeeded, int sortOrder, boolean active, int version) {

    public String label() {
        return label(categoryName, name);
    }

    /** "Food · Shopping"; a type named as its category is said once ("Social isolation"). */
    public static String label(String category, String type) {
        return category.equals(type) ? type : category + " · " + type;
    }
}
