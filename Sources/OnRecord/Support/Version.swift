/// The tool's version, written into every report's manifest.
public enum OnRecordVersion {
  public static let string = "0.1.0"
}
