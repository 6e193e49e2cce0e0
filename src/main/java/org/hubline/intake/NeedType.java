package org.hubline.intake;

/** A kind of need within a category ("Prescription collection" in "Medicines"). */
public record NeedType(Long id, String categoryCode, String categoryName, String name, boolean urgent,
        boolean asksWhenNeeded, int sortOrder, boolean active, int version) {

    public String label() {
        return categoryName.equals(name) ? name : categoryName + " · " + name;
    }
}
